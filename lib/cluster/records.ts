/**
 * A record's own numeric value for a key. Profiles are plain JSON keyed by words, and a word like
 * "constructor" must not find Object.prototype's member.
 */
export function valueOf(record: Readonly<Record<string, number>>, key: string): number | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
