import { describeQuoteGroup, type QuoteInput } from "@/lib/compare";
import type { StoryRecord } from "@/lib/db";
import { iso } from "./dates";
import type { QuoteGroupView, QuoteVariantView } from "../types";

export interface StoredGroup {
  id: string;
  speaker: string | null;
  variants: (QuoteInput & { cue: string | null; role?: string | null })[];
}

/** A stored quote group as the views show it: reference first, word diffs, kinds and shared wordings. */
export function toQuoteGroupView(group: StoredGroup): QuoteGroupView {
  const described = describeQuoteGroup(group.variants);
  const cueById = new Map(group.variants.map((v) => [v.id, v.cue]));
  const roleById = new Map(group.variants.map((v) => [v.id, v.role ?? null]));
  const variants: QuoteVariantView[] = described.variants.map((v) => ({
    quotationId: v.id,
    articleId: v.articleId,
    outlet: v.outlet,
    publishedAt: v.publishedAt,
    text: v.text,
    start: v.start,
    end: v.end,
    speaker: v.speaker,
    role: roleById.get(v.id) ?? null,
    cue: cueById.get(v.id) ?? null,
  }));
  return {
    id: group.id,
    speaker: group.speaker ?? described.speaker,
    variants,
    diffs: described.diffs,
    wordings: described.wordings,
  };
}

/** Multi-variant groups first (most variants first), then in order of first appearance; stable by id. */
export function sortGroupViews(groups: QuoteGroupView[]): QuoteGroupView[] {
  const firstSeen = (g: QuoteGroupView) => g.variants[0];
  return [...groups].sort((a, b) => {
    const fa = firstSeen(a);
    const fb = firstSeen(b);
    return (
      b.variants.length - a.variants.length ||
      (fa?.publishedAt ?? "~").localeCompare(fb?.publishedAt ?? "~") ||
      (fa?.articleId ?? "").localeCompare(fb?.articleId ?? "") ||
      (fa?.start ?? 0) - (fb?.start ?? 0) ||
      a.id.localeCompare(b.id)
    );
  });
}

/** A stored story's quote groups as the views show them (groups left without quotations dropped). */
export function quoteGroupViews(record: Pick<StoryRecord, "quoteGroups">): QuoteGroupView[] {
  return sortGroupViews(
    record.quoteGroups
      .filter((g) => g.quotations.length > 0)
      .map((g) =>
        toQuoteGroupView({
          id: g.id,
          speaker: g.speaker,
          variants: g.quotations.map((q) => ({
            id: q.id,
            articleId: q.articleId,
            outlet: q.article.outlet.name,
            publishedAt: iso(q.article.publishedAt),
            text: q.text,
            start: q.start,
            end: q.end,
            speaker: q.speaker,
            role: q.speakerRole,
            cue: q.cue,
          })),
        }),
      ),
  );
}
