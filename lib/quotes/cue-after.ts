import type { CharRange } from "./types";
import type { QuoteSpan } from "./marks";
import { findCues } from "./cues";
import { insideQuotes, SIGNATURE_DASH, tailOf, type Candidate, type ParagraphContext } from "./context";
import { subjectAfter, subjectBefore } from "./phrases";
import { firstOpeningIn, lastWithin } from "./span-index";

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
