export function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}
