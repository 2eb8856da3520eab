import type { Attribution } from "../attributions";
import type { QuoteSpan } from "../marks";
import type { CharRange } from "../types";
import { quoteFeatures } from "./features";
import { localQuotes, type LocalQuote } from "./marks";
import { readQuote, type QuoteContext, type Reading } from "./reading";
import { sentenceAt, sentenceStarts } from "./sentences";
import { DEFAULT_SPAN_MODEL, spanProbability, type SpanModel } from "./span-model";
import type { LanguageRules } from "./types";

/** One quote as the reader saw it: its reading and features, for the model to accept or not. */
export interface ReadQuote {
  quote: LocalQuote;
  reading: Reading;
  features: number[];
}

/** Every quote of the paragraphs with its reading and features, in text order. */
export function readQuotes(
  body: string,
  paragraphs: readonly CharRange[],
  rules: LanguageRules,
): ReadQuote[] {
  const out: ReadQuote[] = [];
  let previousSpeaker: CharRange | null = null;
  for (const paragraph of paragraphs) {
    const quotes = localQuotes(body, paragraph, rules);
    if (quotes.length === 0) {
      previousSpeaker = null;
      continue;
    }
    const starts = sentenceStarts(body, paragraph, quotes, rules);
    quotes.forEach((q, i) => {
      const sentence = sentenceAt(q.open, starts, paragraph);
      const prev = quotes[i - 1];
      const next = quotes[i + 1];
      const ctx: QuoteContext = {
        sentence,
        clauseStart: prev && prev.close > sentence.start ? prev.close : sentence.start,
        clauseEnd: next && next.open < sentence.end ? next.open : sentence.end,
      };
      let reading = readQuote(body, q, ctx, rules);
      const continuation = previousSpeaker !== null && q.open === sentence.start;
      if (reading.via === "none" && continuation)
        reading = { ...reading, via: "continuation", speaker: previousSpeaker };
      const features = quoteFeatures(body, q, ctx, reading, { continuation }, rules);
      out.push({ quote: q, reading, features });
      if (reading.speaker) previousSpeaker = reading.speaker;
    });
  }
  return out;
}

function toQuoteSpan(q: LocalQuote): QuoteSpan {
  return {
    open: q.open,
    close: q.close,
    inner: q.inner,
    style: q.kind === "single" ? "single" : "double",
    unclosed: q.unclosed,
    paragraph: q.paragraph,
  };
}

/** Whether a quote is a whole utterance rather than a fragment of the writer's sentence. */
function isWhole(body: string, q: LocalQuote): boolean {
  return (
    /^\p{Lu}/u.test(body.slice(q.inner.start, q.inner.start + 1)) ||
    /[.!?…]$/.test(body.slice(q.inner.end - 1, q.inner.end))
  );
}

/** A read quote as an attribution: the quote with its marks, its cue and the speaker mention as written. */
function toAttribution(body: string, r: ReadQuote): Attribution {
  const { quote: q, reading } = r;
  const mention = reading.speaker;
  return {
    parts: [{ span: toQuoteSpan(q), kind: isWhole(body, q) ? "direct" : "partial" }],
    content: { start: q.open, end: q.close },
    speaker: mention ? { speaker: body.slice(mention.start, mention.end), mention } : null,
    cue: reading.cue ? { ...reading.cue, lemma: reading.cue.text } : null,
  };
}

/** The quotations of the given paragraphs of a body, all in one language, that the span model takes as speech. */
export function languageAttributions(
  body: string,
  paragraphs: readonly CharRange[],
  rules: LanguageRules,
  model: SpanModel = DEFAULT_SPAN_MODEL,
): Attribution[] {
  return readQuotes(body, paragraphs, rules)
    .filter((r) => spanProbability(model, r.features) >= model.threshold)
    .map((r) => toAttribution(body, r));
}
