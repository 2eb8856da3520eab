import type { DiffOp } from "@/lib/compare";
import type { QuoteGroupView } from "@/lib/views/types";

/** What a link preview shows: a heading, the outlets, and one quotation diffed between two outlets. */
export interface OgCard {
  eyebrow: string;
  title: string;
  outlets: string[];
  quote: {
    speaker: string | null;
    /** Outlets using the reference wording, and the outlets of the compared wording. */
    fromOutlets: string[];
    toOutlets: string[];
    /** Reference → compared wording; a single [0, text] op when every outlet words it the same. */
    ops: DiffOp[];
  } | null;
}

/** Words of context kept either side of the first change, so a long quotation still fits the card. */
const CONTEXT_WORDS = 14;
const MAX_TITLE_CHARS = 110;
const MAX_OUTLETS = 6;

/**
 * The card for a story or share link: the group whose wordings differ most (most outlets first), its reference
 * against the first other wording, cut to the words around the changes.
 */
export function ogCard(input: {
  eyebrow: string;
  title: string;
  outlets: readonly string[];
  groups: readonly QuoteGroupView[];
}): OgCard {
  const outlets = [...new Set(input.outlets)];
  const shownOutlets =
    outlets.length > MAX_OUTLETS
      ? [...outlets.slice(0, MAX_OUTLETS - 1), `+${outlets.length - MAX_OUTLETS + 1} more`]
      : outlets;
  return {
    eyebrow: input.eyebrow,
    title: clip(input.title, MAX_TITLE_CHARS),
    outlets: shownOutlets,
    quote: pickQuote(input.groups),
  };
}

function pickQuote(groups: readonly QuoteGroupView[]): OgCard["quote"] {
  const varied = groups.find((g) => g.wordings.length > 1 && g.diffs.some((d) => d.kind !== "identical"));
  const group = varied ?? groups.find((g) => g.variants.length > 1) ?? groups[0];
  const reference = group?.variants[0];
  if (!group || !reference) return null;
  const outletOf = new Map(group.variants.map((v) => [v.articleId, v.outlet]));
  const diff = varied ? group.diffs.find((d) => d.kind !== "identical") : undefined;
  const sameAs = (articleId: string) =>
    group.wordings.find((w) => w.articleIds.includes(articleId))?.articleIds ?? [articleId];
  const outletsFor = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => outletOf.get(id) ?? []))];
  return {
    speaker: group.speaker,
    fromOutlets: outletsFor(sameAs(reference.articleId)),
    toOutlets: diff ? outletsFor(sameAs(diff.to)) : [],
    ops: diff ? trimOps(diff.ops, CONTEXT_WORDS) : [[0, clipWords(reference.text, CONTEXT_WORDS * 3)]],
  };
}

/** Keeps the changes and up to `context` words of unchanged text around each, with "…" where text was cut. */
export function trimOps(ops: readonly DiffOp[], context: number): DiffOp[] {
  return ops.map(([kind, text], index): DiffOp => {
    if (kind !== 0) return [kind, text];
    const words = text.split(/(\s+)/);
    const wordCount = words.filter((w) => w.trim() !== "").length;
    const first = index === 0;
    const last = index === ops.length - 1;
    const keep = first || last ? context : context * 2;
    if (wordCount <= keep) return [0, text];
    const tokens = text.trim().split(/\s+/);
    const lead = /^\s/.test(text) ? " " : "";
    const trail = /\s$/.test(text) ? " " : "";
    if (first) return [0, `… ${tokens.slice(-context).join(" ")}${trail}`];
    if (last) return [0, `${lead}${tokens.slice(0, context).join(" ")} …`];
    return [0, `${lead}${tokens.slice(0, context).join(" ")} … ${tokens.slice(-context).join(" ")}${trail}`];
  });
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function clipWords(text: string, max: number): string {
  const tokens = text.trim().split(/\s+/);
  return tokens.length <= max ? text.trim() : `${tokens.slice(0, max).join(" ")} …`;
}
