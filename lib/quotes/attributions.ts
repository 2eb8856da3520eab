import type { CharRange } from "./types";
import { findQuoteSpans, paragraphRanges, type QuoteSpan } from "./marks";
import { findCues, type CueMatch } from "./cues";
import { sentenceSubject, subjectAfter, subjectBefore } from "./phrases";
import { sentenceAround, sentenceBreaks } from "./sentences";
import { SpeakerResolver, type ResolvedSpeaker } from "./speakers";

/** One quoted stretch of an attribution, and whether it is a whole utterance or a fragment in prose. */
export interface QuotePart {
  span: QuoteSpan;
  kind: "direct" | "partial";
}

/**
 * Something the text says a speaker said: one cue with its speaker, and every quoted stretch it covers
 * (`"We are," he said, "an enemy"` is one attribution with two parts). `content` is the attributed stretch of
 * the body as an annotator would mark it: the quotes with any prose of the speaker's clause between and around.
 */
export interface Attribution {
  parts: QuotePart[];
  content: CharRange;
  speaker: ResolvedSpeaker | null;
  cue: CueMatch | null;
}

// A double-quoted stretch with no cue in reach is a scare quote, title or nickname unless it is this long. On
// PolNeAR dev, returning uncued whole sentences (8+ words) gained 0.005 quote F1 but cost 0.02 end-to-end F1,
// since no speaker can be given for them; so none are returned.
const MIN_UNCUED_WORDS = Number.POSITIVE_INFINITY;
// Single quotes are apostrophes' twins; a single-quoted fragment in prose needs some body to count as speech.
const MIN_SINGLE_PARTIAL_WORDS = 2;
const MAX_TRAILER_GAP = 160;
const MAX_INTRO_PREFIX_WORDS = 12;
const MAX_PARTIAL_GAP = 260;

function wordCount(body: string, range: CharRange): number {
  return body
    .slice(range.start, range.end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isParticiple(cue: CueMatch): boolean {
  return cue.text.endsWith("ing");
}

interface ParagraphContext {
  paragraph: CharRange;
  quotes: QuoteSpan[];
  breaks: number[];
}

interface Candidate {
  cue: CueMatch;
  subject: CharRange | null;
  kind: "direct" | "partial";
  content: CharRange;
}

function insideQuotes(index: number, quotes: readonly QuoteSpan[]): boolean {
  return quotes.some((q) => index >= q.open && index < q.close);
}

/** The subject of a cue verb, looked for where English puts it for that kind of verb. */
function subjectOfCue(
  body: string,
  cue: CueMatch,
  clauseStart: number,
  sentence: CharRange,
  limit: number,
): CharRange | null {
  if (cue.lemma === "according to") return subjectAfter(body, cue.end, limit);
  const before = body.slice(clauseStart, cue.start);
  if (isParticiple(cue) && /(?:,|\bas|\bby|\bafter|\bwhile|\bbefore|\bwhen)\s*$/i.test(before)) {
    return sentenceSubject(body, sentence.start, cue.start);
  }
  return (
    subjectBefore(body, clauseStart, cue.start) ??
    (isParticiple(cue) ? sentenceSubject(body, sentence.start, cue.start) : null)
  );
}

/** `"…," he said.` / `"…," said X.` / `"…" X told reporters` / `"…," according to X`. */
function cueAfter(body: string, q: QuoteSpan, ctx: ParagraphContext, sentence: CharRange): Candidate | null {
  const nextOpen = ctx.quotes.find((o) => o.open >= q.close && o.open < sentence.end)?.open ?? sentence.end;
  const regionEnd = Math.min(nextOpen, sentence.end, q.close + MAX_TRAILER_GAP);
  const cues = findCues(body, q.close, regionEnd).filter((c) => !insideQuotes(c.start, ctx.quotes));
  const content = { start: q.open, end: q.close };
  if (sentence.start < q.open && !ctx.quotes.some((o) => o.close <= q.open && o.open >= sentence.start)) {
    // Prose before the quote in the same sentence is part of what is attributed: `Trump's "meltdown," she says`.
    content.start = sentence.start;
  }
  const kind = content.start < q.open ? "partial" : "direct";
  if (isTitleInProse(body, q, sentence)) return null;
  const dash = /^\s*[―—]\s*(?=\p{Lu})/u.exec(body.slice(q.close, regionEnd));
  if (dash) {
    // `“…” ― Sonya Herridge`: a signature line, the name is the attribution.
    const at = q.close + dash[0].length;
    const subject = subjectAfter(body, at, regionEnd);
    const dashAt = q.close + dash[0].indexOf(dash[0].trim());
    if (subject)
      return {
        cue: { start: dashAt, end: dashAt + 1, text: body.slice(dashAt, dashAt + 1), lemma: SIGNATURE_DASH },
        subject,
        kind,
        content,
      };
  }
  for (const cue of cues.slice(0, 3)) {
    const gap = body.slice(q.close, cue.start);
    if (/^[\s,—–-]*$/.test(gap)) {
      const subject = subjectAfter(body, cue.end, regionEnd);
      if (subject) return { cue, subject, kind, content };
      if (cue.lemma !== "according to") continue;
    }
    if (cue.lemma === "according to") continue;
    const subject = subjectBefore(body, q.close, cue.start);
    if (subject && /^[\s,—–-]*$/.test(body.slice(q.close, subject.start)))
      return { cue, subject, kind, content };
  }
  return null;
}

/** The lemma of the dash that signs a quote with a name: no verb, so no cue in the result. */
export const SIGNATURE_DASH = "signature-dash";

const TITLE_WORD = /^(?:\p{Lu}|\d|of$|the$|a$|an$|and$|in$|on$|for$|to$|at$|with$)/u;

/** A short Title Case quote after a preposition is the name of a show, book or event: "broadcast of “Fox News Sunday,”". */
function isTitleInProse(body: string, q: QuoteSpan, sentence: CharRange): boolean {
  if (q.open === sentence.start) return false;
  const words = body.slice(q.inner.start, q.inner.end).replace(/[,.]$/, "").split(/\s+/);
  if (words.length > 6 || !words.every((w) => TITLE_WORD.test(w))) return false;
  return /(?:\b(?:of|on|in|at|from|to|for|the|called|titled|entitled|named)|['’]s)\s*$/i.test(
    body.slice(sentence.start, q.open),
  );
}

/** `X said: "…"` / `X said that "…"` / `writing on Truth Social: "…"` / a fragment: `he called it "a win"`. */
function cueBefore(body: string, q: QuoteSpan, ctx: ParagraphContext, sentence: CharRange): Candidate | null {
  const cues = findCues(body, sentence.start, q.open).filter((c) => !insideQuotes(c.start, ctx.quotes));
  let cue = cues[cues.length - 1];
  if (!cue) return null;
  // "condemned what he called a 'breach'": the naming cue sits inside the content of an outer one.
  const outer = cues[cues.length - 2];
  if (
    outer &&
    /\bwhat\s+(?:\S+\s+){1,4}$/i.test(body.slice(outer.end, cue.start)) &&
    cue.start - outer.end < 60
  )
    cue = outer;
  // `told MSNBC's "Morning Joe" that …`: a quoted name in the cue's object, not what was said.
  if (
    /^[\s,]*that\b/i.test(body.slice(q.close, q.close + 8)) &&
    /^(?:tell|inform|ask|write|post|tweet)$/.test(cue.lemma)
  )
    return null;
  const gap = body.slice(cue.end, q.open);
  if (gap.length > MAX_PARTIAL_GAP) return null;
  const lastQuoteBeforeCue = ctx.quotes.filter((o) => o.close <= cue.start && o.open >= sentence.start).pop();
  const clauseStart = lastQuoteBeforeCue ? lastQuoteBeforeCue.close : sentence.start;
  const subject = subjectOfCue(body, cue, clauseStart, sentence, q.open);
  const gapWithoutQuotes = ctx.quotes.some((o) => o.open >= cue.end && o.close <= q.open) ? null : gap;
  const intro =
    gapWithoutQuotes !== null &&
    (/^\s*(?:that)?\s*[,:]?\s*$/i.test(gap) ||
      (/[:]\s*$/.test(gap) && wordCount(body, { start: cue.end, end: q.open }) <= MAX_INTRO_PREFIX_WORDS) ||
      (/,\s*$/.test(gap) && !/\bthat\b/i.test(gap) && wordCount(body, { start: cue.end, end: q.open }) <= 5));
  if (intro) {
    const startsClause =
      /^\s*(?:that)?\s*[,:]?\s*$/i.test(gap) &&
      !/[:,]\s*$/.test(gap) &&
      !/^[\p{Lu}“"]/u.test(body.slice(q.inner.start, q.inner.start + 1));
    if (!startsClause) return { cue, subject, kind: "direct", content: { start: q.open, end: q.close } };
  }
  // A fragment inside the writer's clause: the clause after the cue, up to where the quote's clause ends.
  const thatAt = /^\s*(?:\S+\s+){0,5}?that\b/i.exec(gap);
  const object = /^(?:tell|inform|ask|urge|encourage|remind)$/.test(cue.lemma)
    ? /^\s*(?:(?:him|her|them|us|me|reporters|supporters|voters|the\s+\S+|an?\s+\S+|(?:\p{Lu}\S*\s+){1,3}))\s*/u.exec(
        gap,
      )
    : null;
  const skip = thatAt
    ? thatAt[0].length - 4
    : object
      ? object[0].length
      : (/^\s*/.exec(gap)?.[0].length ?? 0);
  const contentStart = cue.end + skip;
  const content = { start: Math.min(contentStart, q.open), end: clauseEndAfter(body, q, sentence) };
  return { cue, subject, kind: "partial", content };
}

// Words that open a new clause after a quoted fragment: the attributed content stops before them.
const CLAUSE_OPENER =
  /^(?:and|but|while|during|because|although|though|whereas|after|before|when|since|saying|adding|as|citing|meaning|which|who|so|or|then|yet)$/i;
const MAX_TAIL_WORDS = 12;

/**
 * Where the attributed clause around a quoted fragment ends: after the quote, over trailing words of the same
 * clause ("“extraordinarily good health” for a 63-year-old"), up to punctuation or a word that opens a new clause.
 */
function clauseEndAfter(body: string, q: QuoteSpan, sentence: CharRange): number {
  const innerLast = body.slice(q.inner.start, q.inner.end).trimEnd().slice(-1);
  if (/[,.!?;:]/.test(innerLast)) return q.close;
  const tail = body.slice(q.close, sentence.end);
  let end = q.close;
  let words = 0;
  const re = /\s*([^\s,;:.!?()—–"“”]+)/y;
  for (let m = re.exec(tail); m && words < MAX_TAIL_WORDS; m = re.exec(tail)) {
    const word = m[1] ?? "";
    if (CLAUSE_OPENER.test(word) || /^["“‘]/.test(word)) break;
    end = q.close + m.index + m[0].length;
    words += 1;
  }
  return end;
}

/** Finds every quotation of the body and what, if anything, attributes it. */
export function findAttributions(body: string): Attribution[] {
  const resolver = new SpeakerResolver(body);
  const allQuotes = findQuoteSpans(body);
  const attributions: Attribution[] = [];
  const byCue = new Map<number, Attribution>();
  let previousParagraphLast: Attribution | null = null;
  let previousParagraphColonCue: Candidate | null = null;

  for (const paragraph of paragraphRanges(body)) {
    const quotes = allQuotes.filter((q) => q.open >= paragraph.start && q.open < paragraph.end);
    const ctx: ParagraphContext = { paragraph, quotes, breaks: sentenceBreaks(body, paragraph, quotes) };
    let lastInParagraph: Attribution | null = null;
    for (const q of quotes) {
      const sentence = sentenceAround(q.open, paragraph, ctx.breaks);
      const before = cueBefore(body, q, ctx, sentence);
      const after = cueAfter(body, q, ctx, sentence);
      const existing = before ? byCue.get(before.cue.start) : undefined;
      let chosen: Candidate | null = null;
      if (existing && before) chosen = before;
      else if (before && before.kind === "direct" && before.subject) chosen = before;
      else if (after) chosen = after;
      else if (before && before.subject) chosen = before;
      if (
        chosen &&
        q.style === "single" &&
        chosen.kind === "partial" &&
        wordCount(body, q.inner) < MIN_SINGLE_PARTIAL_WORDS
      )
        chosen = null;

      if (chosen) {
        const known = byCue.get(chosen.cue.start);
        if (known) {
          known.parts.push({ span: q, kind: chosen.kind });
          known.content = {
            start: Math.min(known.content.start, chosen.content.start),
            end: Math.max(known.content.end, chosen.content.end),
          };
          lastInParagraph = known;
          continue;
        }
        const attribution: Attribution = {
          parts: [{ span: q, kind: chosen.kind }],
          content: chosen.content,
          speaker: chosen.subject ? resolver.resolve(chosen.subject) : null,
          cue: chosen.cue,
        };
        byCue.set(chosen.cue.start, attribution);
        attributions.push(attribution);
        lastInParagraph = attribution;
        continue;
      }
      if (q.style !== "double") continue;
      const startsSentence = sentence.start === q.open;
      if (lastInParagraph && startsSentence) {
        if (/^[\s.!?,;]*$/.test(body.slice(q.close, sentence.end))) {
          // `"…," he said. "…"`: the next sentence of the same speaker.
          lastInParagraph.parts.push({ span: q, kind: "direct" });
          lastInParagraph.content = {
            start: lastInParagraph.content.start,
            end: Math.max(lastInParagraph.content.end, q.close),
          };
          continue;
        }
        // `"…" to drive up the stock price`: the writer takes over mid-sentence, a new attribution to the speaker.
        const attribution: Attribution = {
          parts: [{ span: q, kind: "partial" }],
          content: { start: q.open, end: clauseEndAfter(body, q, sentence) },
          speaker: lastInParagraph.speaker,
          cue: null,
        };
        attributions.push(attribution);
        lastInParagraph = attribution;
        continue;
      }
      const opensParagraph = q.open === paragraph.start;
      const continued = opensParagraph ? (previousParagraphColonCue ? null : previousParagraphLast) : null;
      if (opensParagraph && previousParagraphColonCue) {
        const intro = previousParagraphColonCue;
        const attribution: Attribution = {
          parts: [{ span: q, kind: "direct" }],
          content: { start: q.open, end: q.close },
          speaker: intro.subject ? resolver.resolve(intro.subject) : null,
          cue: intro.cue,
        };
        attributions.push(attribution);
        lastInParagraph = attribution;
        continue;
      }
      if (continued) {
        const attribution: Attribution = {
          parts: [{ span: q, kind: "direct" }],
          content: { start: q.open, end: q.close },
          speaker: continued.speaker,
          cue: null,
        };
        attributions.push(attribution);
        lastInParagraph = attribution;
        continue;
      }
      if (startsSentence && wordCount(body, q.inner) >= MIN_UNCUED_WORDS) {
        const attribution: Attribution = {
          parts: [{ span: q, kind: "direct" }],
          content: { start: q.open, end: q.close },
          speaker: null,
          cue: null,
        };
        attributions.push(attribution);
        lastInParagraph = attribution;
      }
    }
    previousParagraphLast =
      lastInParagraph && lastEndsParagraph(body, lastInParagraph, paragraph) ? lastInParagraph : null;
    previousParagraphColonCue = colonIntro(body, paragraph, ctx);
  }
  return attributions.sort((a, b) => a.content.start - b.content.start);
}

/** Whether an attribution reaches the end of its paragraph, so a quote opening the next one may continue it. */
function lastEndsParagraph(body: string, attribution: Attribution, paragraph: CharRange): boolean {
  const lastPart = attribution.parts[attribution.parts.length - 1];
  if (!lastPart) return false;
  return paragraph.end - lastPart.span.close <= 60 || lastPart.span.unclosed;
}

/** A paragraph ending `Caddell continued:` introduces the quote that opens the next one. */
function colonIntro(body: string, paragraph: CharRange, ctx: ParagraphContext): Candidate | null {
  if (!body.slice(paragraph.start, paragraph.end).trimEnd().endsWith(":")) return null;
  const sentence = sentenceAround(paragraph.end - 1, paragraph, ctx.breaks);
  const cues = findCues(body, sentence.start, paragraph.end).filter(
    (c) => !insideQuotes(c.start, ctx.quotes),
  );
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  const subject = subjectOfCue(body, cue, sentence.start, sentence, paragraph.end);
  return { cue, subject, kind: "direct", content: { start: paragraph.end, end: paragraph.end } };
}
