import { AppError } from "../../errors";
import { diffTokens, isNoiseToken } from "./diff-tokens";
import type { DiffOp } from "./diff-op";
import { appendAll, diffTokenRuns } from "./diff-units";

export type { DiffOp } from "./diff-op";

export interface DiffWordsOptions {
  /**
   * Budget for the diff search of long texts; past it the result is still valid but may be less minimal.
   * 0 = no limit. Short texts are never cut short (see UNBOUNDED_BELOW_TOKENS).
   */
  timeoutMs?: number;
  /** Texts longer than this (either side) get a coarse diff: shared head and tail, one replacement between. */
  maxChars?: number;
}

/** Keeps two 5,000-word articles under 20 ms even when they share little (see `npm run bench:diff`). */
const DEFAULT_TIMEOUT_MS = 15;
const DEFAULT_MAX_CHARS = 100_000;
/** Changed middles shorter than this many tokens (about 1,000 words a side) are diffed without a deadline. */
const UNBOUNDED_BELOW_TOKENS = 4_000;

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
  const started = performance.now();

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
    // A small middle costs little whatever the machine's load, so it gets no deadline: short texts (quotations)
    // always get the same, minimal diff. The budget of a large one counts from the start (tokenising included).
    const small = middleFrom.length + middleTo.length < UNBOUNDED_BELOW_TOKENS;
    const deadline = timeoutMs === 0 || small ? Infinity : started + timeoutMs;
    appendAll(ops, diffTokenRuns(middleFrom, middleTo, deadline));
  }
  ops.push([0, tokensFrom.slice(tokensFrom.length - tail).join("")]);
  return tidy(ops);
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
      // Both sides of a change ending in the same whitespace: it belongs to the shared text that follows.
      const space = commonTrailingSpace(deleted, inserted);
      if (space !== "") {
        deleted = deleted.slice(0, deleted.length - space.length);
        inserted = inserted.slice(0, inserted.length - space.length);
      }
      flushChange();
      const shared = space + text;
      const last = result[result.length - 1];
      if (last && last[0] === 0) last[1] += shared;
      else result.push([0, shared]);
    }
  }
  flushChange();
  return result;
}

/** The whitespace both texts end with, when both are non-empty; else "". */
function commonTrailingSpace(a: string, b: string): string {
  if (a === "" || b === "") return "";
  const spaceA = /\s*$/u.exec(a)?.[0] ?? "";
  const spaceB = /\s*$/u.exec(b)?.[0] ?? "";
  // Only a whole, identical run moves, and never the whole of a side (a change must keep its words).
  return spaceA === spaceB && spaceA.length < a.length && spaceB.length < b.length ? spaceA : "";
}
