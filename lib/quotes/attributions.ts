import type { CharRange } from "./types";
import type { Attribution, QuotePart } from "./attribution-types";
import { findQuoteSpans, paragraphRanges, type QuoteSpan } from "./marks/marks";
import { findCues, isNamingCue, type CueMatch } from "./cues/cues";
import { insideQuotes, wordCount, type Candidate, type ParagraphContext } from "./cues/context";
import { subjectBefore } from "./cues/phrases";
import { PRONOUNS } from "./speakers/lexicon";
import { clauseEndAfter } from "./marks/content";
import { cueAfter } from "./cues/cue-after";
import { colonBefore, colonIntro, cueBefore } from "./cues/cue-before";
import { attributionLimits, type AttributionLimits } from "./limits";
import { sentenceAround, sentenceBreaks } from "./marks/sentences";
import { firstOpeningFrom } from "./marks/span-index";
import { SpeakerResolver, type ResolvedSpeaker } from "./speakers/speakers";
import { UnclaimedFragments } from "./unclaimed";
import { uncuedCandidates, type UncuedCandidate } from "./uncued";
import { acceptsUncued, uncuedModel, type UncuedModel } from "./uncued-model";

export { isVerblessCue, SIGNATURE_DASH, INTRO_COLON } from "./cues/context";

export type { Attribution, QuotePart } from "./attribution-types";

// A double-quoted stretch with no cue in reach is a scare quote, title or nickname unless it is long and its
// sentence has a person for subject (./uncued.ts): returned with no speaker, uncued whole sentences (8+ words)
// gained 0.005 quote F1 on PolNeAR dev but cost 0.02 end-to-end F1.
// Single quotes are apostrophes' twins; a single-quoted fragment in prose needs some body to count as speech.
const MIN_SINGLE_PARTIAL_WORDS = 2;
// A quote this close to its paragraph's end may be continued by a quote opening the next paragraph.
const MAX_CONTINUATION_TAIL = 120;
// A quote followed by no more than punctuation to its sentence's end: the rest is never longer than this.
const MAX_SENTENCE_REST = 16;

function extend(attribution: Attribution, part: QuotePart, content: CharRange): void {
  attribution.parts.push(part);
  attribution.content = {
    start: Math.min(attribution.content.start, content.start),
    end: Math.max(attribution.content.end, content.end),
  };
}

/** Verbs of saying that make the writer's sentence someone's reported speech. */
const SPEECH_LEMMAS = new Set(["say", "tell", "add", "write", "argue", "insist", "explain", "note", "warn"]);

/** Cue before, cue after, colon: the reading of a quote with the most evidence, or null. */
/** A quote this short after a naming verb ("called it “irresponsible”") is a label, the namer's word. */
const MAX_LABEL_WORDS = 4;

function chooseCandidate(
  body: string,
  q: QuoteSpan,
  ctx: ParagraphContext,
  sentence: CharRange,
  byCue: ReadonlyMap<number, Attribution>,
): Candidate | null {
  const before = cueBefore(body, q, ctx, sentence);
  let chosen: Candidate | null;
  if (
    before &&
    (byCue.has(before.cue.start) ||
      (before.kind === "direct" && before.subject) ||
      // `the president called the threats “irresponsible,” McConnell said …`: the word is the one who called it so.
      (before.subject && isNamingCue(before.cue.lemma) && wordCount(body, q.inner) <= MAX_LABEL_WORDS))
  )
    chosen = before;
  else
    chosen =
      cueAfter(body, q, ctx, sentence) ?? (before?.subject ? before : colonBefore(body, q, ctx, sentence));
  if (chosen) chosen = quotedSpeaker(body, chosen);
  if (
    chosen &&
    q.style === "single" &&
    chosen.kind === "partial" &&
    wordCount(body, q.inner) < MIN_SINGLE_PARTIAL_WORDS
  )
    return null;
  return chosen;
}

// `Stelter quoted Licht as saying`: the one quoted is the speaker, the one quoting only passes the words on.
const QUOTED_AS_SAYING =
  /^\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)\s+as\s+(?:saying|writing|telling|having\s+said)\b/u;

/** A candidate whose cue is "quoted X as saying" speaks through X. */
function quotedSpeaker(body: string, chosen: Candidate): Candidate {
  if (chosen.cue.lemma !== "quote") return chosen;
  const m = QUOTED_AS_SAYING.exec(body.slice(chosen.cue.end, chosen.cue.end + 80));
  const name = m?.[1];
  if (!m || !name) return chosen;
  const start = chosen.cue.end + m[0].indexOf(name);
  return { ...chosen, subject: { start, end: start + name.length } };
}

/** The first character of a sentence that is not white space. */
function sentenceStart(body: string, sentence: CharRange): number {
  let start = sentence.start;
  while (start < sentence.end && /\s/.test(body[start] ?? "")) start += 1;
  return start;
}

/** Whether an attribution reaches the end of its paragraph, so a quote opening the next one may continue it. */
function lastEndsParagraph(attribution: Attribution, paragraph: CharRange): boolean {
  const lastPart = attribution.parts[attribution.parts.length - 1];
  if (!lastPart) return false;
  return paragraph.end - lastPart.span.close <= MAX_CONTINUATION_TAIL || lastPart.span.unclosed;
}

/** Reads a body paragraph by paragraph, carrying what one paragraph leaves open into the next. */
class AttributionReader {
  readonly attributions: Attribution[] = [];
  private readonly byCue = new Map<number, Attribution>();
  private previousLast: Attribution | null = null;
  private previousColonCue: Candidate | null = null;

  constructor(
    private readonly body: string,
    private readonly limits: AttributionLimits,
    private readonly resolver: SpeakerResolver,
  ) {}

  private add(part: QuotePart, content: CharRange, speaker: ResolvedSpeaker | null, cue: CueMatch | null) {
    const attribution: Attribution = { parts: [part], content, speaker, cue };
    this.attributions.push(attribution);
    return attribution;
  }

  /**
   * A named speaker of a sentence of reported speech between an attribution and a quote opening the next sentence:
   * the last cue there whose subject is a capitalised name. Null when the writer's prose names no one speaking.
   */
  private speakerBetween(
    last: Attribution,
    q: QuoteSpan,
    ctx: ParagraphContext,
  ): { cue: CueMatch; subject: CharRange } | null {
    const lastPart = last.parts[last.parts.length - 1];
    const from = Math.max(last.cue?.end ?? 0, lastPart?.span.close ?? 0, ctx.paragraph.start);
    if (from >= q.open) return null;
    const cues = findCues(this.body, from, q.open).filter((c) => !insideQuotes(c.start, ctx.quotes));
    const cue = cues[cues.length - 1];
    if (!cue || !SPEECH_LEMMAS.has(cue.lemma)) return null;
    const sentence = sentenceAround(cue.start, ctx.paragraph, ctx.breaks);
    if (sentence.start < from) return null;
    const subject = subjectBefore(this.body, sentence.start, cue.start);
    if (!subject) return null;
    const text = this.body.slice(subject.start, subject.end);
    // A name, not "He": a pronoun there most often is the speaker already quoted.
    if (!/^\p{Lu}/u.test(text) || PRONOUNS.has(text.toLowerCase())) return null;
    return { cue, subject };
  }

  readParagraph(paragraph: CharRange, quotes: readonly QuoteSpan[]): void {
    const { body } = this;
    const ctx: ParagraphContext = {
      paragraph,
      quotes,
      breaks: sentenceBreaks(body, paragraph, quotes),
      limits: this.limits,
    };
    let last: Attribution | null = null;
    // Double-quoted fragments of the current sentence that nothing has attributed yet.
    const unclaimed = new UnclaimedFragments();
    for (const q of quotes) {
      const sentence = sentenceAround(q.open, paragraph, ctx.breaks);
      unclaimed.dropBefore(sentence.start);
      const chosen = chooseCandidate(body, q, ctx, sentence, this.byCue);
      if (chosen) {
        const known = this.byCue.get(chosen.cue.start);
        if (known) {
          extend(known, { span: q, kind: chosen.kind }, chosen.content);
          last = known;
          continue;
        }
        const speaker = chosen.subject ? this.resolver.resolve(chosen.subject) : null;
        const firstUnclaimed = unclaimed.first();
        if (firstUnclaimed && chosen.cue.start >= q.close) {
          // `Guns are “the ultimate crisis” and “stunt growth,” Dean said`: the trailing attribution covers the
          // sentence, with every fragment in it.
          const content = {
            start: Math.min(chosen.content.start, sentenceStart(body, sentence)),
            end: chosen.content.end,
          };
          last = this.add({ span: firstUnclaimed, kind: "partial" }, content, speaker, chosen.cue);
          for (const u of unclaimed.takeAll().slice(1)) last.parts.push({ span: u, kind: "partial" });
          last.parts.push({ span: q, kind: "partial" });
        } else last = this.add({ span: q, kind: chosen.kind }, chosen.content, speaker, chosen.cue);
        this.byCue.set(chosen.cue.start, last);
        continue;
      }
      if (q.style !== "double") continue;
      if (last && sentence.start === q.open) {
        // `"…," Cornyn said. Rep. Flores said many members were frustrated. "…"`: someone else was named speaking
        // in between, and the quote is theirs.
        const between = this.speakerBetween(last, q, ctx);
        if (between) {
          last = this.add(
            { span: q, kind: "direct" },
            { start: q.open, end: q.close },
            this.resolver.resolve(between.subject),
            between.cue,
          );
          continue;
        }
        if (
          sentence.end - q.close <= MAX_SENTENCE_REST &&
          /^[\s.!?,;]*$/.test(body.slice(q.close, sentence.end))
        ) {
          // `"…," he said. "…"`: the next sentence of the same speaker.
          extend(last, { span: q, kind: "direct" }, { start: q.open, end: q.close });
          continue;
        }
        // `"…" to drive up the stock price`: the writer takes over mid-sentence, a new attribution to the speaker;
        // unless the writer has named someone else since (`One man who agrees is Joe Andujo. "Faith, family" — …`).
        const lastPart = last.parts[last.parts.length - 1];
        const since = { start: lastPart?.span.close ?? q.open, end: q.open };
        const end = clauseEndAfter(body, q, sentence, this.limits.maxClauseTail);
        const other = this.resolver.namesSomeoneElse(since, last.speaker?.speaker ?? null);
        last = this.add(
          { span: q, kind: "partial" },
          { start: q.open, end },
          other ? null : last.speaker,
          null,
        );
        continue;
      }
      if (q.open !== paragraph.start) {
        unclaimed.push(q);
        continue;
      }
      const intro = this.previousColonCue;
      const continued = this.previousLast;
      if (intro) {
        // `Caddell continued:` ending the paragraph before.
        const speaker = intro.subject ? this.resolver.resolve(intro.subject) : null;
        last = this.add({ span: q, kind: "direct" }, { start: q.open, end: q.close }, speaker, intro.cue);
      } else if (continued?.parts[continued.parts.length - 1]?.span.unclosed) {
        // A quote left open at the paragraph's end and opened again here: one quotation over both paragraphs.
        extend(continued, { span: q, kind: "direct" }, { start: q.open, end: q.close });
        last = continued;
      } else if (continued) {
        // A quote paragraph right after an attributed one (`"…," Carter told the forum.` then `"The United States
        // will …"`): the same speaker goes on, and annotators mark both paragraphs as one attribution.
        extend(continued, { span: q, kind: "direct", uncued: true }, { start: q.open, end: q.close });
        last = continued;
      } else unclaimed.push(q);
    }
    this.previousLast = last && lastEndsParagraph(last, paragraph) ? last : null;
    this.previousColonCue = colonIntro(body, ctx);
  }
}

/**
 * The attributions the cue rules find, and the stretches no cue claims that the uncued reading could give to their
 * sentence's subject (./uncued.ts), with the features its acceptance model reads. Fitting that model needs both.
 */
export function attributionsAndUncued(
  body: string,
  limits: Partial<AttributionLimits> = {},
): { found: Attribution[]; uncued: UncuedCandidate[] } {
  const quotes = findQuoteSpans(body);
  const resolver = new SpeakerResolver(body, quotes);
  const settled = attributionLimits(limits);
  const reader = new AttributionReader(body, settled, resolver);
  for (const paragraph of paragraphRanges(body)) {
    const from = firstOpeningFrom(quotes, paragraph.start);
    const to = firstOpeningFrom(quotes, paragraph.end);
    reader.readParagraph(paragraph, quotes.slice(from, to));
  }
  const found = reader.attributions.sort((a, b) => a.content.start - b.content.start);
  return { found, uncued: uncuedCandidates(body, quotes, found, resolver, settled) };
}

/**
 * Finds every quotation of the body and what, if anything, attributes it: the cue rules' attributions and the
 * uncued stretches the acceptance model takes (the committed one unless another is given, as cross-validation does).
 */
export function findAttributions(
  body: string,
  limits: Partial<AttributionLimits> = {},
  model: UncuedModel = uncuedModel(),
): Attribution[] {
  const { found, uncued } = attributionsAndUncued(body, limits);
  const taken = uncued.filter((c) => acceptsUncued(model, c.features)).map((c) => c.attribution);
  return taken.length === 0 ? found : [...found, ...taken].sort((a, b) => a.content.start - b.content.start);
}
