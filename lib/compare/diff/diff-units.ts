import DiffMatchPatch from "diff-match-patch";
import type { DiffOp } from "./diff-op";
import { MAX_DISTINCT_TOKENS } from "./diff-tokens";

/**
 * A diff unit: one word or punctuation token with the whitespace after it, keyed by the token alone. Diffing
 * units rather than tokens halves the sequence the search walks, and since whitespace is not in the key, "a  b"
 * and "a b" (or "Monday." and "Monday .") are equal units: spacing never turns a shared word into a change.
 */
interface Unit {
  word: string;
  space: string;
  key: string;
}

function toUnits(tokens: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (const token of tokens) {
    const last = units[units.length - 1];
    if (/^\s+$/u.test(token)) {
      if (last && last.space === "") {
        last.space = token;
      } else {
        units.push({ word: "", space: token, key: " " });
      }
    } else {
      units.push({ word: token, space: "", key: token });
    }
  }
  return units;
}

const text = (units: readonly Unit[]): string => units.map((u) => u.word + u.space).join("");

/** A chunk ends after a sentence's closing mark or at a line break: the coarse level of the two-level diff. */
function chunkEnds(unit: Unit): boolean {
  return /^[.!?…]$/u.test(unit.word) || unit.space.includes("\n");
}

function chunks(units: readonly Unit[]): Unit[][] {
  const out: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    current.push(unit);
    if (chunkEnds(unit)) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One character per distinct key (the analogue of diff_linesToChars_), or null past the alphabet's size. */
function encode(a: readonly string[], b: readonly string[]): [string, string] | null {
  const charByKey = new Map<string, string>();
  const one = (keys: readonly string[]): string | null => {
    let out = "";
    for (const key of keys) {
      let char = charByKey.get(key);
      if (char === undefined) {
        if (charByKey.size >= MAX_DISTINCT_TOKENS) return null;
        const code = charByKey.size + 1;
        char = String.fromCharCode(code < 0xd800 ? code : code + 0x800);
        charByKey.set(key, char);
      }
      out += char;
    }
    return out;
  };
  const ea = one(a);
  const eb = ea === null ? null : one(b);
  return ea === null || eb === null ? null : [ea, eb];
}

/**
 * Word diff of two token lists under a deadline, in two levels like diff-match-patch's line mode: sentences
 * first (unchanged sentences are matched at once), then words inside each changed stretch, each followed by a
 * semantic cleanup. Past the deadline a stretch is given as one replacement: still exact, just coarse.
 */
export function diffTokenRuns(from: readonly string[], to: readonly string[], deadline: number): DiffOp[] {
  const unitsFrom = toUnits(from);
  const unitsTo = toUnits(to);
  const chunksFrom = chunks(unitsFrom);
  const chunksTo = chunks(unitsTo);
  const chunkKey = (c: readonly Unit[]) => c.map((u) => u.key).join("\u0000");
  const encoded = encode(chunksFrom.map(chunkKey), chunksTo.map(chunkKey));
  if (encoded === null || chunksFrom.length <= 1 || chunksTo.length <= 1) {
    return diffUnits(unitsFrom, unitsTo, deadline);
  }
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = secondsLeft(deadline);
  const coarse = dmp.diff_main(encoded[0], encoded[1], false);
  const ops: DiffOp[] = [];
  let ia = 0;
  let ib = 0;
  let pendingFrom: Unit[] = [];
  let pendingTo: Unit[] = [];
  const flush = () => {
    if (pendingFrom.length > 0 || pendingTo.length > 0)
      appendAll(ops, diffUnits(pendingFrom, pendingTo, deadline));
    pendingFrom = [];
    pendingTo = [];
  };
  for (const [kind, chars] of coarse) {
    const n = chars.length;
    if (kind < 0) {
      appendAll(pendingFrom, chunksFrom.slice(ia, ia + n).flat());
      ia += n;
    } else if (kind > 0) {
      appendAll(pendingTo, chunksTo.slice(ib, ib + n).flat());
      ib += n;
    } else {
      flush();
      appendAll(ops, equalUnits(chunksFrom.slice(ia, ia + n).flat(), chunksTo.slice(ib, ib + n).flat()));
      ia += n;
      ib += n;
    }
  }
  flush();
  return ops;
}

/** `target.push(...items)` without spreading: a spread's arguments live on the stack, which 100,000 of them overflow. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function secondsLeft(deadline: number): number {
  // diff-match-patch reads 0 as "no limit": an unbounded call gets 0, a spent budget gets a token millisecond.
  if (deadline === Infinity) return 0;
  return Math.max(0.001, (deadline - performance.now()) / 1000);
}

function diffUnits(from: readonly Unit[], to: readonly Unit[], deadline: number): DiffOp[] {
  if (from.length === 0 || to.length === 0 || performance.now() >= deadline) {
    return [
      [-1, text(from)],
      [1, text(to)],
    ];
  }
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = secondsLeft(deadline);
  const encoded = encode(
    from.map((u) => u.key),
    to.map((u) => u.key),
  );
  if (encoded === null) {
    // More distinct words than one UTF-16 unit can name: a character diff, still exact, just not word-aligned.
    const diffs = dmp.diff_main(text(from), text(to), false);
    dmp.diff_cleanupSemantic(diffs);
    return diffs.map(([kind, t]) => [kind < 0 ? -1 : kind > 0 ? 1 : 0, t]);
  }
  const diffs = dmp.diff_main(encoded[0], encoded[1], false);
  dmp.diff_cleanupSemantic(diffs);
  const ops: DiffOp[] = [];
  let ia = 0;
  let ib = 0;
  for (const [kind, chars] of diffs) {
    const n = chars.length;
    if (kind < 0) {
      ops.push([-1, text(from.slice(ia, ia + n))]);
      ia += n;
    } else if (kind > 0) {
      ops.push([1, text(to.slice(ib, ib + n))]);
      ib += n;
    } else {
      appendAll(ops, equalUnits(from.slice(ia, ia + n), to.slice(ib, ib + n)));
      ia += n;
      ib += n;
    }
  }
  return ops;
}

/** Units equal by key: the words are the same; whitespace that differs becomes its own small change. */
function equalUnits(from: readonly Unit[], to: readonly Unit[]): DiffOp[] {
  const ops: DiffOp[] = [];
  from.forEach((a, k) => {
    const b = to[k];
    if (!b || a.space === b.space) ops.push([0, a.word + a.space]);
    else ops.push([0, a.word], [-1, a.space], [1, b.space]);
  });
  return ops;
}
