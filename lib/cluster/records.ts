/**
 * A record's own numeric value for a key. Profiles are plain JSON keyed by words, and a word like
 * "constructor" must not find Object.prototype's member.
 */
export function valueOf(record: Readonly<Record<string, number>>, key: string): number | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * An empty plain object (Object.prototype, so JSON and Prisma see an ordinary object) already in V8's
 * dictionary mode. Profiles get dozens of word keys, one by one and in a different order each time: a fresh
 * `{}` walks a new hidden class per key until V8 gives up and converts it anyway, which made building a
 * 100-key record about twice as slow. Deleting a property other than the last converts it at once.
 * Keys then enumerate in insertion order as usual.
 */
export function emptyRecord(): Record<string, number> {
  const record: Record<string, number> = { a: 0, b: 0 };
  delete record.a;
  delete record.b;
  return record;
}
