import { diffWords, type DiffOp } from "../diff/diff";
import { stableHash } from "../hash";
import { compareDates, compareText } from "../order";
import { prepareQuote, type PreparedQuote, type QuoteInput } from "./quote-match";
import { classifyWordLists, type VariantKind } from "./variant";

export interface VariantDiff {
  /** The reference variant's articleId. */
  from: string;
  /** The compared variant's articleId. */
  to: string;
  kind: VariantKind;
  ops: DiffOp[];
}

/** One utterance as the articles of a story render it. */
export interface QuoteGroup {
  /** Deterministic: a hash of the sorted variant ids. */
  key: string;
  speaker: string | null;
  /** Reference variant first (the wording most articles share), then the others in order of appearance. */
  variants: QuoteInput[];
  /** Reference against each other variant, in `variants` order. */
  diffs: VariantDiff[];
  /** Which articles share each distinct wording (ignoring case, punctuation and quote style), commonest first. */
  wordings: { text: string; articleIds: string[] }[];
}

/**
 * Describes a given set of variants of one utterance (a stored group): reference first, a word diff of the
 * reference against each other variant, and the wordings articles share. groupQuotations builds its groups
 * with this too, so a stored group and a fresh one read the same.
 */
export function describeQuoteGroup(variants: QuoteInput[]): QuoteGroup {
  return toQuoteGroup([...variants].sort(compareAppearance).map(prepareQuote));
}

/** Canonical order, independent of input order: dated before undated, then article, offset, id. */
export function compareAppearance(a: QuoteInput, b: QuoteInput): number {
  return (
    compareDates(a.publishedAt, b.publishedAt) ||
    compareText(a.articleId, b.articleId) ||
    a.start - b.start ||
    compareText(a.id, b.id)
  );
}

/** Members must be in appearance order. An empty member list gives an empty group. */
export function toQuoteGroup(members: readonly PreparedQuote[]): QuoteGroup {
  const countByWording = new Map<string, number>();
  for (const m of members) countByWording.set(m.wording, (countByWording.get(m.wording) ?? 0) + 1);
  // Members are in appearance order, so the first with the top count is the earliest (then lowest id) of them.
  let reference = members[0];
  for (const m of members) {
    if (reference && (countByWording.get(m.wording) ?? 0) > (countByWording.get(reference.wording) ?? 0)) {
      reference = m;
    }
  }
  if (!reference) return { key: `q_${stableHash("")}`, speaker: null, variants: [], diffs: [], wordings: [] };
  const ref = reference;
  const ordered = [ref, ...members.filter((m) => m !== ref)];

  const wordings = new Map<string, { text: string; articleIds: string[]; first: number }>();
  ordered.forEach((m, index) => {
    const entry = wordings.get(m.wording);
    if (entry) entry.articleIds.push(m.quote.articleId);
    else
      wordings.set(m.wording, { text: m.quote.text.trim(), articleIds: [m.quote.articleId], first: index });
  });

  return {
    key: `q_${stableHash(
      members
        .map((m) => m.quote.id)
        .sort(compareText)
        .join("\u0000"),
    )}`,
    speaker: groupSpeaker(ordered),
    variants: ordered.map((m) => m.quote),
    diffs: ordered.slice(1).map((m) => ({
      from: ref.quote.articleId,
      to: m.quote.articleId,
      kind: classifyWordLists(ref.quote.text, ref.words, m.quote.text, m.words),
      ops: diffWords(ref.quote.text, m.quote.text),
    })),
    wordings: [...wordings.values()]
      .sort((x, y) => y.articleIds.length - x.articleIds.length || x.first - y.first)
      .map(({ text, articleIds }) => ({ text, articleIds })),
  };
}

/** The reference's attribution if it has one, else the first attributed variant's. */
function groupSpeaker(ordered: readonly PreparedQuote[]): string | null {
  return ordered.find((m) => m.quote.speaker !== null)?.quote.speaker ?? null;
}
