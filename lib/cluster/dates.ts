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
