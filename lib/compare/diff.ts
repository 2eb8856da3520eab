import DiffMatchPatch from "diff-match-patch";
import { AppError } from "../errors";
import { decodeTokens, diffTokens, encodeTokens, isNoiseToken } from "./diff-tokens";

/** diff-match-patch tuples: -1 delete (only in `from`), 0 equal, 1 insert (only in `to`). */
export type DiffOp = [-1 | 0 | 1, string];

export interface DiffWordsOptions {
  /** Budget for the diff search; past it the result is still valid but may be less minimal. 0 = no limit. */
  timeoutMs?: number;
  /** Texts longer than this (either side) get a coarse diff: shared head and tail, one replacement between. */
  maxChars?: number;
}

const DEFAULT_TIMEOUT_MS = 50;
const DEFAULT_MAX_CHARS = 100_000;

/**
 * A word-level diff of two texts. Joining the texts of ops 0 and -1 gives `from` exactly; ops 0 and 1 give `to`.
 * Words are never split; whitespace or punctuation left equal between two changes is folded into them, so the
 * diff reads as whole-phrase replacements rather than a comb of single-word edits.
 */
export function diffWords(from: string, to: string, options: DiffWordsOptions = {}): DiffOp[] {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
    throw new AppError("INVALID_INPUT", "diffWords: timeoutMs must be a non-negative number");
  }
  if (!(maxChars >= 0))
    throw new AppError("INVALID_INPUT", "diffWords: maxChars must be a non-negative number");
  if (from === to) return from === "" ? [] : [[0, from]];

  const tokensFrom = diffTokens(from);
  const tokensTo = diffTokens(to);
  // Trimming the shared head and tail first keeps the search (and the token alphabet) to the changed middle.
  const head = commonPrefixLength(tokensFrom, tokensTo);
  const tail = commonSuffixLength(tokensFrom, tokensTo, head);
  const middleFrom = tokensFrom.slice(head, tokensFrom.length - tail);
  const middleTo = tokensTo.slice(head, tokensTo.length - tail);

  const ops: DiffOp[] = [[0, tokensFrom.slice(0, head).join("")]];
  if (from.length > maxChars || to.length > maxChars) {
    ops.push([-1, middleFrom.join("")], [1, middleTo.join("")]);
  } else {
    ops.push(...diffMiddle(middleFrom, middleTo, timeoutMs));
  }
  ops.push([0, tokensFrom.slice(tokensFrom.length - tail).join("")]);
  return tidy(ops);
}

function diffMiddle(from: readonly string[], to: readonly string[], timeoutMs: number): DiffOp[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutMs / 1000;
  const encoded = encodeTokens(from, to);
  if (encoded === null) {
    // More distinct tokens than one UTF-16 unit can name: fall back to a character diff, which is still exact,
    // just not word-aligned.
    const diffs = dmp.diff_main(from.join(""), to.join(""), false);
    dmp.diff_cleanupSemantic(diffs);
    return diffs.map(([kind, text]) => [asKind(kind), text]);
  }
  const diffs = dmp.diff_main(encoded.encodedA, encoded.encodedB, false);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([kind, text]) => [asKind(kind), decodeTokens(text, encoded.tokenByChar)]);
}

function asKind(kind: number): -1 | 0 | 1 {
  return kind < 0 ? -1 : kind > 0 ? 1 : 0;
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: readonly string[], b: readonly string[], prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let n = 0;
  while (n < limit && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Normal form: no empty ops; within each run of changes one delete then one insert; an equal op with no word in
 * it (a space, a comma) that sits between two changes is absorbed into both sides, since marking it as shared
 * only fragments the reading.
 */
function tidy(ops: readonly DiffOp[]): DiffOp[] {
  const nonEmpty = ops.filter(([, text]) => text !== "");
  const result: DiffOp[] = [];
  let deleted = "";
  let inserted = "";
  const flushChange = (): void => {
    if (deleted !== "") result.push([-1, deleted]);
    if (inserted !== "") result.push([1, inserted]);
    deleted = "";
    inserted = "";
  };
  for (let i = 0; i < nonEmpty.length; i++) {
    const op = nonEmpty[i];
    if (!op) continue;
    const [kind, text] = op;
    if (kind === -1) deleted += text;
    else if (kind === 1) inserted += text;
    else {
      const inChange = deleted !== "" || inserted !== "";
      const next = nonEmpty[i + 1];
      if (inChange && next !== undefined && next[0] !== 0 && isNoiseToken(text)) {
        deleted += text;
        inserted += text;
        continue;
      }
      flushChange();
      const last = result[result.length - 1];
      if (last && last[0] === 0) last[1] += text;
      else result.push([0, text]);
    }
  }
  flushChange();
  return result;
}
