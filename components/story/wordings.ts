import type { DiffOp, VariantKind } from "@/lib/compare";
import type { QuoteGroupView, QuoteVariantView } from "@/lib/views";

/** One distinct wording of a quotation and the outlets that use it, with its diff against the reference. */
export interface WordingRow {
  text: string;
  /** The variant shown for this wording (the reference itself, or the first variant using the wording). */
  variant: QuoteVariantView;
  variants: QuoteVariantView[];
  outlets: string[];
  isReference: boolean;
  /** How this wording relates to the reference; null for the reference row. */
  kind: VariantKind | null;
  /** Word diff reference → this wording; null for the reference row or when no diff is known. */
  ops: DiffOp[] | null;
}

const unique = (items: readonly string[]) => [...new Set(items)];

/**
 * A quote group as rows of distinct wordings: reference wording first, then the others commonest first.
 * Falls back to one row per variant when the group carries no wordings.
 */
export function wordingRows(group: QuoteGroupView): WordingRow[] {
  const reference = group.variants[0];
  if (!reference) return [];
  const wordings =
    group.wordings.length > 0
      ? group.wordings
      : group.variants.map((v) => ({ text: v.text, articleIds: [v.articleId] }));

  const claimed = new Set<string>();
  const rows: WordingRow[] = [];
  for (const wording of wordings) {
    const ids = new Set(wording.articleIds);
    const variants = group.variants.filter((v) => ids.has(v.articleId) && !claimed.has(v.quotationId));
    const first = variants[0];
    if (!first) continue;
    for (const v of variants) claimed.add(v.quotationId);
    const isReference = variants.some((v) => v.quotationId === reference.quotationId);
    const shown = isReference ? reference : first;
    const diff = isReference ? undefined : group.diffs.find((d) => d.to === shown.articleId);
    rows.push({
      text: shown.text,
      variant: shown,
      variants,
      outlets: unique(variants.map((v) => v.outlet)),
      isReference,
      kind: isReference ? null : (diff?.kind ?? null),
      ops: isReference ? null : (diff?.ops ?? null),
    });
  }
  // Variants no wording claimed (defensive: data from an older grouping) still get a row each.
  for (const v of group.variants) {
    if (claimed.has(v.quotationId)) continue;
    const diff = group.diffs.find((d) => d.to === v.articleId);
    rows.push({
      text: v.text,
      variant: v,
      variants: [v],
      outlets: [v.outlet],
      isReference: v.quotationId === reference.quotationId,
      kind: diff?.kind ?? null,
      ops: diff?.ops ?? null,
    });
  }
  return rows.sort((a, b) => Number(b.isReference) - Number(a.isReference));
}

/**
 * Which way a truncation goes: "shorter" when the wording only drops words from the reference, "fuller" when
 * it only adds to it, null when it does both or there is no diff.
 */
export function truncationDirection(ops: readonly DiffOp[] | null): "shorter" | "fuller" | null {
  if (!ops) return null;
  const dropped = ops.some(([kind, text]) => kind === -1 && text.trim() !== "");
  const added = ops.some(([kind, text]) => kind === 1 && text.trim() !== "");
  if (dropped && !added) return "shorter";
  if (added && !dropped) return "fuller";
  return null;
}

/** The strongest difference in a group: reworded > truncated > identical; null for a single variant. */
export function groupKind(group: QuoteGroupView): VariantKind | null {
  if (group.variants.length < 2) return null;
  const kinds = new Set(group.diffs.map((d) => d.kind));
  if (kinds.has("reworded")) return "reworded";
  if (kinds.has("truncated")) return "truncated";
  return "identical";
}

export const KIND_LABEL: Record<VariantKind, string> = {
  identical: "Identical",
  truncated: "Truncated",
  reworded: "Reworded",
};

export const KIND_DESCRIPTION: Record<VariantKind, string> = {
  identical: "Same words as the reference (case, punctuation and quote marks aside).",
  truncated: "A shortened or extended form of the same words.",
  reworded: "Different words: another translation or a paraphrase.",
};

/** Distinct outlet names of a group's variants, in variant order. */
export function groupOutlets(group: QuoteGroupView): string[] {
  return unique(group.variants.map((v) => v.outlet));
}
