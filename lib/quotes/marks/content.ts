import type { CharRange } from "../types";
import type { QuoteSpan } from "./marks";

// Words that open a new clause after a quoted fragment: the attributed content stops before them.
const CLAUSE_OPENER =
  /^(?:and|but|while|during|because|although|though|whereas|after|before|when|since|saying|adding|as|citing|meaning|which|who|so|or|then|yet)$/i;
const MAX_TAIL_WORDS = 12;

/**
 * Where the attributed clause around a quoted fragment ends: after the quote, over trailing words of the same
 * clause ("“extraordinarily good health” for a 63-year-old"), up to punctuation or a word that opens a new clause.
 */
export function clauseEndAfter(body: string, q: QuoteSpan, sentence: CharRange, maxTail: number): number {
  const innerLast = body.slice(q.inner.start, q.inner.end).trimEnd().slice(-1);
  if (/[,.!?;:]/.test(innerLast)) return q.close;
  const tail = body.slice(q.close, Math.min(sentence.end, q.close + maxTail));
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
