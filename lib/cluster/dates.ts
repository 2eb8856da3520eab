const DAY_MS = 86_400_000;

/** Milliseconds since the epoch, or null for a missing or unparseable date (treated as undated). */
export function timeOf(iso: string | null): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Days from a time to a window [first, last]; 0 inside it, null when either side is undated. */
export function daysOutsideWindow(
  time: number | null,
  first: number | null,
  last: number | null,
): number | null {
  if (time === null || (first === null && last === null)) return null;
  const from = first ?? last ?? time;
  const to = last ?? first ?? time;
  const gap = time < from ? from - time : time > to ? time - to : 0;
  return gap / DAY_MS;
}

/** The earlier / later of two ISO dates (undated or unparseable ones ignored). */
export function earlierDate(a: string | null, b: string | null): string | null {
  return pickDate(a, b, (x, y) => x <= y);
}

export function laterDate(a: string | null, b: string | null): string | null {
  return pickDate(a, b, (x, y) => x >= y);
}

function pickDate(
  a: string | null,
  b: string | null,
  keepFirst: (x: number, y: number) => boolean,
): string | null {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta === null) return tb === null ? null : b;
  if (tb === null) return a;
  return keepFirst(ta, tb) ? a : b;
}

/** Days between two date ranges; 0 when they overlap, null when either is undated. */
export function daysBetweenWindows(
  firstA: number | null,
  lastA: number | null,
  firstB: number | null,
  lastB: number | null,
): number | null {
  const fromA = firstA ?? lastA;
  const toA = lastA ?? firstA;
  const fromB = firstB ?? lastB;
  const toB = lastB ?? firstB;
  if (fromA === null || toA === null || fromB === null || toB === null) return null;
  const gap = fromB > toA ? fromB - toA : fromA > toB ? fromA - toB : 0;
  return gap / DAY_MS;
}

/** Earliest and latest publication dates taken at face value; outside them a date is a parsing accident. */
const PLAUSIBLE_FROM = Date.UTC(1900, 0, 1);
const PLAUSIBLE_TO = Date.UTC(2200, 0, 1);

/**
 * The date as given when it is usable, else null (undated): unparseable text, the Unix epoch itself (a
 * zero timestamp is a missing one) and years before 1900 or from 2200 on are what broken metadata yields.
 */
export function plausibleDate(iso: string | null): string | null {
  const t = timeOf(iso);
  if (t === null || t === 0 || t < PLAUSIBLE_FROM || t >= PLAUSIBLE_TO) return null;
  return iso;
}
