import type { Attribution } from "../attributions";
import type { QuoteSpan } from "../marks/marks";
import type { CharRange } from "../types";
import { quoteFeatures } from "./features";
import { localQuotes, type LocalQuote } from "./marks";
import { readQuote, sentenceSubject, speechAct, type QuoteContext, type Reading } from "./reading";
import { sentenceAt, sentenceStarts } from "./sentences";
import { spanModel, spanProbability, type SpanModel } from "./span-model";
import type { LanguageRules } from "./types";
import { wordsIn } from "./words";
import { framingSubject } from "./german-clause";

/** One quote as the reader saw it: its reading and features, for the model to accept or not. */
export interface ReadQuote {
  quote: LocalQuote;
  reading: Reading;
  features: number[];
}

/** Whether a sentence is reported speech by its verbs' mood (German `sei`, `habe`). */
function reported(body: string, sentence: CharRange, rules: LanguageRules): boolean {
  return wordsIn(body, sentence.start, sentence.end).some((w) => rules.reportedMood.has(w.lower));
}

/** A speaker named with a speech verb, and where: reported speech after it may be theirs. */
interface Spoken {
  at: number;
  speaker: CharRange;
}

/** The speech verbs' speakers of the sentences that hold no quote, in text order. */
function speechActs(body: string, paragraphs: readonly CharRange[], rules: LanguageRules): Spoken[] {
  const acts: Spoken[] = [];
  if (rules.reportedMood.size === 0) return acts;
  for (const paragraph of paragraphs) {
    const quotes = localQuotes(body, paragraph, rules);
    const starts = sentenceStarts(body, paragraph, quotes, rules);
    starts.forEach((start, k) => {
      const sentence = { start, end: starts[k + 1] ?? paragraph.end };
      if (quotes.some((q) => q.open < sentence.end && q.close > sentence.start)) return;
      const speaker = speechAct(body, sentence, rules);
      if (speaker) acts.push({ at: sentence.start, speaker });
    });
  }
  return acts;
}

/** The last speaker named before `at`: by a quote's reading or a speech verb without quotes. */
function lastSpoken(acts: readonly Spoken[], recent: Spoken | null, at: number): CharRange | null {
  let best = recent && recent.at < at ? recent : null;
  for (const act of acts) {
    if (act.at >= at) break;
    if (!best || act.at > best.at) best = act;
  }
  return best?.speaker ?? null;
}

/** German: the source a framing or `dass`-introducing clause names before the quote. */
function framed(body: string, sentence: CharRange, to: number, rules: LanguageRules): CharRange | null {
  return rules.code === "de" ? framingSubject(body, sentence, to, rules) : null;
}

/**
 * Whether a later quote is a short name inside the words right after a quote (`„…“, zitiert die „Computerwoche“
 * Lynch`, `schrieb „Die Zeit“`): the trailer reads on past it.
 */
function namedInPhrase(body: string, q: LocalQuote, next: LocalQuote, rules: LanguageRules): boolean {
  const between = wordsIn(body, q.close, next.open);
  const last = between[between.length - 1];
  return (
    between.length > 0 &&
    between.length <= 3 &&
    wordsIn(body, next.inner.start, next.inner.end).length <= 3 &&
    (rules.determiners.has(last!.lower) || rules.cueVerbs.has(last!.lower))
  );
}

/** A quoted name of up to three words after an article or preposition: `von der „Netzeitung“`. */
function isShortName(body: string, q: LocalQuote, rules: LanguageRules): boolean {
  const before = wordsIn(body, Math.max(q.paragraph.start, q.open - 30), q.open);
  const last = before[before.length - 1];
  return (
    last !== undefined &&
    (rules.determiners.has(last.lower) || rules.prepositions.has(last.lower)) &&
    wordsIn(body, q.inner.start, q.inner.end).length <= 3
  );
}

/** Every quote of the paragraphs with its reading and features, in text order. */
export function readQuotes(
  body: string,
  paragraphs: readonly CharRange[],
  rules: LanguageRules,
): ReadQuote[] {
  const out: ReadQuote[] = [];
  let previousSpeaker: CharRange | null = null;
  let sentenceSpeaker: { sentence: number; speaker: CharRange } | null = null;
  // The last speaker named, kept over paragraphs without quotes: reported speech may run on far.
  let recentSpeaker: Spoken | null = null;
  const acts = speechActs(body, paragraphs, rules);
  for (const paragraph of paragraphs) {
    const quotes = localQuotes(body, paragraph, rules);
    if (quotes.length === 0) {
      previousSpeaker = null;
      continue;
    }
    const starts = sentenceStarts(body, paragraph, quotes, rules);
    quotes.forEach((q, i) => {
      const sentence = sentenceAt(q.open, starts, paragraph);
      const prev = quotes
        .slice(0, i)
        .reverse()
        .find((p) => !isShortName(body, p, rules));
      const next = quotes.slice(i + 1).find((n) => !namedInPhrase(body, q, n, rules));
      const ctx: QuoteContext = {
        sentence,
        clauseStart: prev && prev.close > sentence.start ? prev.close : sentence.start,
        clauseEnd: next && next.open < sentence.end ? next.open : sentence.end,
      };
      let reading = readQuote(body, q, ctx, rules);
      const continuation = previousSpeaker !== null && q.open === sentence.start;
      const inSentence = sentenceSpeaker?.sentence === sentence.start ? sentenceSpeaker.speaker : null;
      if (reading.via === "none" && (continuation || inSentence)) {
        // `„…“, so Pötsch, wird VW „…“`, or a quote paragraph after an attributed one: the same speaker goes on.
        reading = {
          ...reading,
          via: "continuation",
          speaker: inSentence ?? lastSpoken(acts, recentSpeaker, sentence.start) ?? previousSpeaker,
        };
      } else if (reading.via === "none" && framed(body, sentence, q.open, rules)) {
        reading = { ...reading, via: "subject", speaker: framed(body, sentence, q.open, rules) };
      } else if (
        reading.via === "none" &&
        reported(body, sentence, rules) &&
        lastSpoken(acts, recentSpeaker, sentence.start)
      ) {
        // `Es gebe Kunden, die für die „grüne Gentechnik“ nicht offen sind`: reported speech goes on.
        reading = {
          ...reading,
          via: "continuation",
          speaker: lastSpoken(acts, recentSpeaker, sentence.start),
        };
      } else if (reading.via === "none") {
        const subject = sentenceSubject(body, sentence, q.open, rules);
        if (subject) reading = { ...reading, via: "subject", speaker: subject };
      }
      const features = quoteFeatures(
        body,
        q,
        ctx,
        reading,
        { continuation, reported: reported(body, sentence, rules) },
        rules,
      );
      out.push({ quote: q, reading, features });
      if (reading.speaker && reading.via !== "subject") {
        previousSpeaker = reading.speaker;
        recentSpeaker = { at: sentence.start, speaker: reading.speaker };
        sentenceSpeaker = { sentence: sentence.start, speaker: reading.speaker };
      }
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
    speaker: mention
      ? { speaker: body.slice(mention.start, mention.end), mention, role: null, evidence: mention }
      : null,
    cue: reading.cue ? { ...reading.cue, lemma: reading.cue.text } : null,
  };
}

/** The quotations of the given paragraphs of a body, all in one language, that the span model takes as speech. */
export function languageAttributions(
  body: string,
  paragraphs: readonly CharRange[],
  rules: LanguageRules,
  model: SpanModel = spanModel(),
): Attribution[] {
  return readQuotes(body, paragraphs, rules)
    .filter((r) => spanProbability(model, r.features) >= model.threshold)
    .map((r) => toAttribution(body, r));
}
