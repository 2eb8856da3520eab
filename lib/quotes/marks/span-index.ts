/**
 * Look-ups in a list of quoted spans sorted by their opening mark and not overlapping one another (what
 * `findQuoteSpans` returns, and any run of it). Binary searches, so that a paragraph with thousands of quote
 * marks costs n·log n, not n².
 */
interface Span {
  open: number;
  close: number;
}

/** Index of the first span opening at or after `at` (the list's length when none does). */
export function firstOpeningFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid]?.open ?? Number.POSITIVE_INFINITY) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span whose marks enclose `index` (open ≤ index < close), if any. */
export function spanAt<T extends Span>(spans: readonly T[], index: number): T | undefined {
  const candidate = spans[firstOpeningFrom(spans, index + 1) - 1];
  return candidate && index < candidate.close ? candidate : undefined;
}

/** Whether `index` falls strictly between a span's opening and closing marks (open < index < close). */
export function strictlyInside(spans: readonly Span[], index: number): boolean {
  const candidate = spans[firstOpeningFrom(spans, index) - 1];
  return candidate !== undefined && index < candidate.close;
}

/** The first span opening in [from, to), if any. */
export function firstOpeningIn<T extends Span>(spans: readonly T[], from: number, to: number): T | undefined {
  const candidate = spans[firstOpeningFrom(spans, from)];
  return candidate && candidate.open < to ? candidate : undefined;
}

/** The last span lying wholly within [from, to), if any. */
export function lastWithin<T extends Span>(spans: readonly T[], from: number, to: number): T | undefined {
  for (let i = firstOpeningFrom(spans, to) - 1; i >= 0; i -= 1) {
    const span = spans[i];
    if (!span || span.open < from) return undefined;
    if (span.close <= to) return span;
  }
  return undefined;
}
