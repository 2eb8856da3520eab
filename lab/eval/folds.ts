/*
 * Grouped K-fold splits shared by the evaluations' --folds: every item carries a group (a site, a topic, an
 * incident, an article), and a group never straddles folds, so near-duplicates are never both chosen on and
 * scored on.
 */

/** FNV-1a: a stable hash of a group name, so fold membership does not depend on file order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Each item's fold (0…k−1): groups in hash order dealt round-robin, so folds are even and a group stays whole. */
export function assignFolds(items: readonly { group: string }[], k: number): number[] {
  const groups = [...new Set(items.map((d) => d.group))].sort(
    (a, b) => hash(a) - hash(b) || a.localeCompare(b),
  );
  const foldOf = new Map(groups.map((g, i) => [g, i % k]));
  return items.map((d) => foldOf.get(d.group) ?? 0);
}

/** The --folds option: null when absent, else an integer of 2 or more (anything else: null and `valid` false). */
export function parseFolds(value: string | undefined): { folds: number | null; valid: boolean } {
  if (value === undefined) return { folds: null, valid: true };
  const folds = Number(value);
  return Number.isInteger(folds) && folds >= 2 ? { folds, valid: true } : { folds: null, valid: false };
}

/**
 * Grouped cross-validation of a choice among candidates: for each fold, the candidate whose figure on the
 * other folds is best (ties: the earlier candidate, so put the committed setting first) is scored on it.
 * `figure(candidate, folds)` is the figure of a candidate over the items of those folds.
 */
export function chooseByFold<C>(
  candidates: readonly C[],
  k: number,
  figure: (candidate: C, folds: ReadonlySet<number>) => number,
): { chosen: C[] } {
  const chosen: C[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const training = new Set(Array.from({ length: k }, (_, f) => f).filter((f) => f !== fold));
    let best = candidates[0] as C;
    let bestFigure = -Infinity;
    for (const candidate of candidates) {
      const value = figure(candidate, training);
      if (value > bestFigure + 1e-12) {
        best = candidate;
        bestFigure = value;
      }
    }
    chosen.push(best);
  }
  return { chosen };
}
