import type { CorpusLookup } from "./profile";
import type { CorpusStats } from "./types";

export interface CorpusCounterOptions {
  /**
   * Memory bound: counters per row of the sketch (rounded up to a power of two). Two rows of 2^20 take 8 MB
   * whatever the vocabulary; a term's count is exact until collisions, then slightly high.
   */
  width?: number;
}

const DEFAULT_WIDTH = 1 << 20;

/**
 * Document frequencies for IDF, counted as documents stream in: the in-memory twin of the app's TermStat table.
 * A count-min sketch (two rows of counters, a term reads the smaller of its two): fixed memory, no pruning,
 * and never an undercount, so a rare term can only look a little commoner than it is. Deterministic.
 */
export class InMemoryCorpusStats {
  private readonly rows: [Uint32Array, Uint32Array];
  private readonly mask: number;
  /** Scratch space of countDocument: the two counters of each term. */
  private slots = new Int32Array(1024);
  documentCount = 0;

  constructor(options: CorpusCounterOptions = {}) {
    const width = 2 ** Math.ceil(Math.log2(Math.max(2, options.width ?? DEFAULT_WIDTH)));
    this.mask = width - 1;
    this.rows = [new Uint32Array(width), new Uint32Array(width)];
  }

  /** The statistics profileDocument needs for these terms (documents counted so far, not the current one). */
  stats(terms: readonly string[]): CorpusStats {
    const documentFrequency: Record<string, number> = {};
    for (const term of terms) {
      const df = this.frequencyOf(term);
      if (df > 0) documentFrequency[term] = df;
    }
    return { documentCount: this.documentCount, documentFrequency };
  }

  /** The document frequency of one term (documents counted so far). */
  frequencyOf(term: string): number {
    const [a, b] = hashes(term);
    return Math.min(this.rows[0][a & this.mask] ?? 0, this.rows[1][b & this.mask] ?? 0);
  }

  /**
   * Counts one more document containing each of these (distinct) terms, and answers, for those terms, the
   * frequencies as they were before it: what profiling the document needs, with each term hashed once.
   */
  countDocument(terms: readonly string[]): CorpusLookup {
    const documentCount = this.documentCount;
    const [rowA, rowB] = this.rows;
    // A plain array: a typed one of a few hundred counts is allocated outside the heap, which costs more here.
    const inOrder: number[] = [];
    // Read every term's count before adding any (the terms are distinct, but two may share a counter). Every
    // counter is found first, then all are read in a loop of their own: the rows are larger than the cache,
    // and independent reads in a tight loop wait for memory together rather than one after another.
    if (this.slots.length < terms.length * 2) this.slots = new Int32Array(terms.length * 4);
    const slots = this.slots;
    for (let k = 0; k < terms.length; k++) {
      const [a, b] = hashes(terms[k] as string);
      slots[2 * k] = a & this.mask;
      slots[2 * k + 1] = b & this.mask;
    }
    for (let k = 0; k < terms.length; k++) {
      inOrder.push(
        Math.min(rowA[slots[2 * k] as number] as number, rowB[slots[2 * k + 1] as number] as number),
      );
    }
    for (let k = 0; k < terms.length; k++) {
      const i = slots[2 * k] as number;
      const j = slots[2 * k + 1] as number;
      rowA[i] = (rowA[i] as number) + 1;
      rowB[j] = (rowB[j] as number) + 1;
    }
    this.documentCount++;
    let byTerm: Map<string, number> | null = null;
    return {
      documentCount,
      frequencyOf: (term) => {
        byTerm ??= new Map(terms.map((t, k) => [t, inOrder[k] as number]));
        return byTerm.get(term) ?? 0;
      },
      termsInOrder: terms,
      frequenciesInOrder: inOrder,
    };
  }

  /** Counts one more document containing each of these (distinct) terms. */
  add(terms: readonly string[]): void {
    this.documentCount++;
    for (const term of terms) {
      const [a, b] = hashes(term);
      const i = a & this.mask;
      const j = b & this.mask;
      this.rows[0][i] = (this.rows[0][i] ?? 0) + 1;
      this.rows[1][j] = (this.rows[1][j] ?? 0) + 1;
    }
  }
}

const PAIR: [number, number] = [0, 0];

/** Two independent 32-bit FNV-1a style hashes of a string (different offsets and primes). */
function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  PAIR[0] = a >>> 0;
  PAIR[1] = (b ^ (b >>> 13)) >>> 0;
  return PAIR;
}
