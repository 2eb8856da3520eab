export function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/**
 * A publication date as the views give it: "2018-03-04" when the source gave only the day (never a made-up
 * midnight), else the full ISO instant. Date-only strings sort before the same day's instants.
 */
export function publishedIso(
  date: Date | null | undefined,
  precision: string | null | undefined,
): string | null {
  if (!date) return null;
  return precision === "day" ? date.toISOString().slice(0, 10) : date.toISOString();
}
