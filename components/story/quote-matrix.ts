import type { QuoteGroupView } from "@/lib/views/types";

/** How an outlet carries one quotation: the shared wording, cut, reworded, or as the only outlet quoting it. */
export type MatrixMark = "same" | "truncated" | "reworded" | "only";

export const MATRIX_MARKS: readonly MatrixMark[] = ["same", "truncated", "reworded", "only"];

export interface MatrixCell {
  counts: Record<MatrixMark, number>;
  /** The first quote group of each mark, to link to. */
  firstGroup: Partial<Record<MatrixMark, string>>;
  total: number;
}

export interface MatrixRow {
  speaker: string;
  groups: number;
  cells: MatrixCell[];
}

export interface QuoteMatrix {
  outlets: string[];
  rows: MatrixRow[];
  /** The speakers after the first `maxSpeakers`, in the same order, for a "more speakers" disclosure. */
  moreRows: MatrixRow[];
  hiddenSpeakers: number;
  hiddenOutlets: number;
}

export const UNATTRIBUTED = "Unattributed";

/**
 * Speakers × outlets: for each speaker (folded by last name, as quote grouping does) and outlet, how many of
 * the speaker's quotations the outlet carries in the shared wording, cut, reworded, or alone. Speakers with the
 * most quotations first; `maxSpeakers` rows, then the rest as `moreRows`, and at most `maxOutlets` columns
 * (outlets in the given order).
 */
export function buildQuoteMatrix(
  groups: readonly QuoteGroupView[],
  outlets: readonly string[],
  { maxSpeakers = 25, maxOutlets = 12 }: { maxSpeakers?: number; maxOutlets?: number } = {},
): QuoteMatrix {
  const allOutlets = [...new Set(outlets)];
  const shownOutlets = allOutlets.slice(0, maxOutlets);
  const column = new Map(shownOutlets.map((o, i) => [o, i]));
  const bySpeaker = new Map<string, { names: Map<string, number>; groups: QuoteGroupView[] }>();
  for (const group of groups) {
    const name = group.speaker ?? group.variants.find((v) => v.speaker)?.speaker ?? null;
    const key = speakerKey(name);
    const entry = bySpeaker.get(key) ?? { names: new Map<string, number>(), groups: [] as QuoteGroupView[] };
    if (name) entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
    entry.groups.push(group);
    bySpeaker.set(key, entry);
  }
  const rows = [...bySpeaker.entries()].map(([key, entry]) => {
    const cells: MatrixCell[] = shownOutlets.map(() => ({
      counts: { same: 0, truncated: 0, reworded: 0, only: 0 },
      firstGroup: {},
      total: 0,
    }));
    for (const group of entry.groups) {
      const kindOf = new Map(group.diffs.map((d) => [d.to, d.kind]));
      const seen = new Set<string>();
      for (const variant of group.variants) {
        const index = column.get(variant.outlet);
        // One mark per outlet and group: two articles of one outlet quoting it count once.
        if (index === undefined || seen.has(variant.outlet)) continue;
        seen.add(variant.outlet);
        const kind = kindOf.get(variant.articleId);
        const mark: MatrixMark =
          group.variants.length === 1 ? "only" : kind === "truncated" || kind === "reworded" ? kind : "same";
        const cell = cells[index];
        if (!cell) continue;
        cell.counts[mark] += 1;
        cell.total += 1;
        cell.firstGroup[mark] ??= group.id;
      }
    }
    return {
      speaker: key === "" ? UNATTRIBUTED : displayName(entry.names),
      groups: entry.groups.length,
      cells,
    };
  });
  rows.sort(
    (a, b) =>
      Number(a.speaker === UNATTRIBUTED) - Number(b.speaker === UNATTRIBUTED) ||
      b.groups - a.groups ||
      (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0),
  );
  return {
    outlets: shownOutlets,
    rows: rows.slice(0, maxSpeakers),
    moreRows: rows.slice(maxSpeakers),
    hiddenSpeakers: Math.max(0, rows.length - maxSpeakers),
    hiddenOutlets: allOutlets.length - shownOutlets.length,
  };
}

/** Last name word, case-folded: "Putin", "Vladimir Putin" and "President Putin" are one row. */
function speakerKey(name: string | null): string {
  if (!name) return "";
  const words = name
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !/^(jr|sr|ii|iii|iv)$/.test(w));
  return words[words.length - 1] ?? "";
}

/** The fullest name used for the speaker (longest, then most used, then alphabetical). */
function displayName(names: Map<string, number>): string {
  return (
    [...names.entries()].sort(
      (a, b) => b[0].length - a[0].length || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    )[0]?.[0] ?? UNATTRIBUTED
  );
}
