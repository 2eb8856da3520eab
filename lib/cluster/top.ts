/**
 * The `limit` entries with the largest values, largest first, ties broken by key (ascending), so cuts are
 * deterministic. Same result as sorting everything, but only the entries that make the cut are sorted: this
 * runs on every article's terms (often a thousand or more) and every story update.
 */
export function topByValue(entries: [string, number][], limit: number): [string, number][] {
  if (limit <= 0) return [];
  if (entries.length > limit * 2) {
    const values = entries.map(([, value]) => value);
    const cut = kthLargest(values, limit);
    entries = entries.filter(([, value]) => value >= cut);
  }
  entries.sort(byValueThenKey);
  return entries.length > limit ? entries.slice(0, limit) : entries;
}

/**
 * topByValue over parallel arrays (keys distinct): the positions of the `limit` largest values, largest first,
 * ties by key. For callers with many entries and no tuples of their own (a document's terms).
 */
export function topIndicesByValue(
  keys: readonly string[],
  values: readonly number[],
  limit: number,
): number[] {
  if (limit <= 0) return [];
  let indices: number[] = [];
  if (values.length > limit * 2) {
    const cut = kthLargest(values.slice(), limit);
    for (let i = 0; i < values.length; i++) if ((values[i] as number) >= cut) indices.push(i);
  } else {
    indices = values.map((_, i) => i);
  }
  indices.sort((a, b) => {
    const ka = keys[a] as string;
    const kb = keys[b] as string;
    return (values[b] as number) - (values[a] as number) || (ka < kb ? -1 : ka > kb ? 1 : 0);
  });
  return indices.length > limit ? indices.slice(0, limit) : indices;
}

function byValueThenKey(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * The k-th largest value (1-based) by quickselect; reorders `values`. Median-of-three pivots, no randomness.
 * Plain arrays rather than typed ones: a typed array of a few hundred values is allocated outside the heap,
 * which costs more than the work done on it here.
 */
function kthLargest(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a > b ? (b > c ? b : a > c ? c : a) : a > c ? a : b > c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target] as number;
  }
  return values[target] as number;
}
