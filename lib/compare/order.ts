/** Code-unit order: unlike localeCompare it does not depend on the runtime's locale data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO dates in time order, undated last; unparseable dates fall back to text order so the order is total. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return compareText(a, b);
  return ta - tb || compareText(a, b);
}
