import type { CharRange } from "../types";
import type { QuoteSpan } from "../marks/marks";
import { findCues } from "./cues";
import { insideQuotes, SIGNATURE_DASH, tailOf, type Candidate, type ParagraphContext } from "./context";
import { subjectAfter, subjectBefore } from "./phrases";
import { firstOpeningIn, lastWithin } from "../marks/span-index";
import { TRAILER_REST } from "../marks/sentences";
import type { CueMatch } from "./cues";

// Words of the writer's prose between a quote and a trailing attribution (`"…" at the convention, he said`).
const MAX_PROSE_BEFORE_TRAILER_WORDS = 20;

/**
 * `"…" at the convention, he said.` / `Trump's "excesses" are sickening, Hollande said Tuesday.`: the writer's
 * words run on after the quote, then a comma and an attribution close the sentence. The attributed stretch ends at
 * that comma. The attribution must be the sentence's last clause (`, she said.`, `, said X in a statement.`).
 */
function trailerAfterProse(
  body: string,
  q: QuoteSpan,
  cue: CueMatch,
  regionEnd: number,
  sentence: CharRange,
): { subject: CharRange; end: number } | null {
  const commaAt = body.lastIndexOf(",", cue.start);
  if (commaAt <= q.close) return null;
  const prose = body.slice(q.close, commaAt);
  if (/[;:!?]|[.]\s/.test(prose)) return null;
  if (prose.split(/\s+/).filter(Boolean).length > MAX_PROSE_BEFORE_TRAILER_WORDS) return null;
  let subject: CharRange | null = null;
  let restFrom = cue.end;
  if (/^\s*$/.test(body.slice(commaAt + 1, cue.start))) {
    subject = subjectAfter(body, cue.end, regionEnd);
    if (subject) restFrom = subject.end;
  } else {
    subject = subjectBefore(body, commaAt + 1, cue.start);
    if (subject && !/^\s*$/.test(body.slice(commaAt + 1, subject.start))) subject = null;
  }
  if (!subject) return null;
  const rest = body.slice(restFrom, Math.min(sentence.end, restFrom + 200));
  if (!/^[\s.!?]*$/.test(rest) && !TRAILER_REST.test(rest)) return null;
  return { subject, end: commaAt };
}

const TITLE_WORD = /^(?:\p{Lu}|\d|of$|the$|a$|an$|and$|in$|on$|for$|to$|at$|with$)/u;

/** A short Title Case quote after a preposition is the name of a show, book or event: "broadcast of “Fox News Sunday,”". */
export function isTitleInProse(body: string, q: QuoteSpan, sentence: CharRange): boolean {
  if (q.open === sentence.start) return false;
  const words = body.slice(q.inner.start, q.inner.end).replace(/[,.]$/, "").split(/\s+/);
  if (words.length > 6 || !words.every((w) => TITLE_WORD.test(w))) return false;
  return /(?:\b(?:of|on|in|at|from|to|for|the|called|titled|entitled|named)|['’]s)\s*$/i.test(
    tailOf(body, sentence.start, q.open, 40),
  );
}

// `"…," Mr. Morgan of the Sierra Club said` / `a narrator in the Clinton ad asks`: a phrase after the speaker.
const POST_MODIFIER = /^([\s,—–-]*)(\S.*?)\s+(?:of|from|at|in|with|for)\s+[^,;:.!?"“”()]{1,60}$/u;
const MAX_POST_MODIFIER_WORDS = 6;

/** The speaker right after a quote when a prepositional phrase stands between the speaker and the verb. */
function subjectWithModifier(body: string, from: number, verbStart: number): CharRange | null {
  const match = POST_MODIFIER.exec(body.slice(from, verbStart));
  if (!match?.[2]) return null;
  const start = from + (match[1]?.length ?? 0);
  const headEnd = start + match[2].length;
  if (body.slice(headEnd, verbStart).trim().split(/\s+/).length > MAX_POST_MODIFIER_WORDS + 1) return null;
  const subject = subjectBefore(body, from, headEnd);
  return subject && subject.start === start ? subject : null;
}

// `"…," Sen. Chris Coons (D-Del.).`: a name and its party label close the sentence with no verb.
const SIGNED_WITH_LABEL =
  /^[\s,]*((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}?\p{Lu}[\p{L}’'-]*)\s*(\([RDI]\s*[-–]\s*[^)]{1,14}\))\s*\.?\s*$/u;

/** A quote signed by a name with a party label and nothing else to its sentence's end. */
function signedWithPartyLabel(
  body: string,
  q: QuoteSpan,
  sentence: CharRange,
): { cue: CueMatch; subject: CharRange } | null {
  const rest = body.slice(q.close, Math.min(sentence.end, q.close + 80));
  const m = SIGNED_WITH_LABEL.exec(rest);
  const name = m?.[1];
  const label = m?.[2];
  if (!m || !name || !label) return null;
  const nameAt = q.close + rest.indexOf(name);
  const labelAt = q.close + rest.indexOf(label, rest.indexOf(name) + name.length);
  return {
    cue: { start: labelAt, end: labelAt + label.length, text: label, lemma: SIGNATURE_DASH },
    subject: { start: nameAt, end: nameAt + name.length },
  };
}

/** `"…," he said.` / `"…," said X.` / `"…" X told reporters` / `"…," according to X` / `“…” ― Sonya Herridge`. */
export function cueAfter(
  body: string,
  q: QuoteSpan,
  ctx: ParagraphContext,
  sentence: CharRange,
): Candidate | null {
  const nextOpen = firstOpeningIn(ctx.quotes, q.close, sentence.end)?.open ?? sentence.end;
  const regionEnd = Math.min(nextOpen, sentence.end, q.close + ctx.limits.maxTrailerGap);
  const cues = findCues(body, q.close, regionEnd).filter((c) => !insideQuotes(c.start, ctx.quotes));
  const content = { start: q.open, end: q.close };
  if (sentence.start < q.open && !lastWithin(ctx.quotes, sentence.start, q.open)) {
    // Prose before the quote in the same sentence is part of what is attributed: `Trump's "meltdown," she says`.
    content.start = sentence.start;
  }
  const kind = content.start < q.open ? "partial" : "direct";
  if (isTitleInProse(body, q, sentence)) return null;
  const dash = /^\s*[―—]\s*(?=\p{Lu})/u.exec(body.slice(q.close, regionEnd));
  if (dash) {
    const at = q.close + dash[0].length;
    const subject = subjectAfter(body, at, regionEnd);
    const dashAt = q.close + dash[0].indexOf(dash[0].trim());
    // "—Updated at 3:09 p.m.": an editor's note after the quote, not its signature.
    const note =
      subject &&
      /^(?:Updated|Posted|Published|Corrected|Correction|Editor)\b/u.test(
        body.slice(subject.start, subject.end),
      );
    if (subject && !note)
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
    const modified = subjectWithModifier(body, q.close, cue.start);
    if (modified) return { cue, subject: modified, kind, content };
  }
  const signed = signedWithPartyLabel(body, q, sentence);
  if (signed && cues.every((c) => c.start > signed.cue.end)) return { ...signed, kind, content };
  const first = cues[0];
  const trailer =
    first && first.lemma !== "according to" ? trailerAfterProse(body, q, first, regionEnd, sentence) : null;
  if (trailer)
    return {
      cue: first!,
      subject: trailer.subject,
      kind: "partial",
      content: { start: content.start, end: trailer.end },
    };
  return null;
}
