import { foldWord } from "./fold";
import { topIndicesByValue } from "./top";
import type { DocumentProfile, StoryProfile } from "./types";

export interface IndexKeyOptions {
  /** Heaviest terms (words and phrases, not figures) an article or story is posted and looked up under. */
  keyTerms?: number;
  /** Names (most mentioned first) an article or story is posted and looked up under. */
  keyEntities?: number;
}

const DEFAULTS = { keyTerms: 10, keyEntities: 6 };
/** A story is posted under more keys than an article looks up, so a late report that words things differently still finds it. */
const STORY_KEY_FACTOR = 2;

/**
 * The keys a document is looked up by: its heaviest terms ("t|putin", "t|legitimate target") and its first
 * names ("e|vladimir putin"). Languages are not part of the key: scoring keeps them apart, and an article of
 * unknown language may still meet a story. Pure, so a database-backed index (a StoryKey table) gives the same
 * candidates as the in-memory one.
 */
export function indexKeys(profile: DocumentProfile, options: IndexKeyOptions = {}): string[] {
  const keyTerms = options.keyTerms ?? DEFAULTS.keyTerms;
  const keyEntities = options.keyEntities ?? DEFAULTS.keyEntities;
  const terms = heaviest(profile.terms, keyTerms);
  return keysOf(terms, profile.entities.slice(0, keyEntities));
}

/** The keys a story is posted under: the heaviest terms of its centroid and its most shared names. */
export function storyIndexKeys(story: StoryProfile, options: IndexKeyOptions = {}): string[] {
  const keyTerms = (options.keyTerms ?? DEFAULTS.keyTerms) * STORY_KEY_FACTOR;
  const keyEntities = (options.keyEntities ?? DEFAULTS.keyEntities) * STORY_KEY_FACTOR;
  const terms = heaviest(story.terms, keyTerms);
  const entities = heaviest(story.entities, keyEntities);
  return keysOf(terms, entities);
}

/**
 * The `limit` heaviest keys (not figures), heaviest first, ties by key: topIndicesByValue, which sorts only the
 * cut. for…in into parallel arrays rather than Object.entries: this runs for every article and every story update.
 */
function heaviest(record: Readonly<Record<string, number>>, limit: number): string[] {
  const keys: string[] = [];
  const weights: number[] = [];
  for (const key in record) {
    const weight = record[key];
    if (!Object.hasOwn(record, key) || weight === undefined) continue;
    if (key.startsWith("#") || !Number.isFinite(weight) || weight <= 0) continue;
    keys.push(key);
    weights.push(weight);
  }
  return topIndicesByValue(keys, weights, limit).map((i) => keys[i] as string);
}

/**
 * Key strings by term and by name: the same keys come back on every update of a story, and a remembered string
 * (its hash computed once) is looked up in the postings at once, where a fresh "t|…" is copied and hashed
 * each time. Memory bound: emptied at MAX_REMEMBERED_KEYS.
 */
const termKeys = new Map<string, string>();
const nameKeys = new Map<string, string>();
const MAX_REMEMBERED_KEYS = 100_000;

function keysOf(terms: string[], entities: string[]): string[] {
  const keys = new Set<string>();
  for (const term of terms) keys.add(rememberedKey(termKeys, term, termKey));
  for (const name of entities) keys.add(rememberedKey(nameKeys, name, nameKey));
  return [...keys];
}

function termKey(term: string): string {
  return `t|${term}`;
}

function nameKey(name: string): string {
  return `e|${foldWord(name)}`;
}

function rememberedKey(cache: Map<string, string>, text: string, keyOf: (text: string) => string): string {
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= MAX_REMEMBERED_KEYS) cache.clear();
    key = keyOf(text);
    cache.set(text, key);
  }
  return key;
}

/**
 * Where candidate stories come from: stories posted under keys (see storyIndexKeys), looked up by an
 * article's keys (see indexKeys). The app implements it over a table; eval and bench use InMemoryStoryIndex.
 */
export interface StoryIndex {
  /** Stories posted under any of the keys, most keys shared first, then most recently posted, then id; at most `limit`. */
  candidates(keys: readonly string[], limit: number): string[];
  /** Posts a story under exactly these keys, replacing the ones it had. */
  post(storyId: string, keys: readonly string[]): void;
  remove(storyId: string): void;
}

export interface InMemoryStoryIndexOptions {
  /**
   * Work and memory bound: stories kept under one key, the most recently posted. A common word ("police")
   * then costs the same at a million stories as at a thousand, and stale stories fall off it.
   */
  maxPostingsPerKey?: number;
}

/** Rank = keys shared × SEQUENCE_SPAN + posting sequence: exact in a double up to 2^53 / 2^40 = 8192 shared keys. */
const SEQUENCE_SPAN = 2 ** 40;

/**
 * StoryIndex in memory: an inverted index from key to story ids, each list capped to its newest stories.
 * Internally a story is a small integer slot (reused once the story is removed), so a lookup counts its hits
 * in a dense array rather than a Map keyed by id: crowded keys bring a thousand hits or more per article.
 */
export class InMemoryStoryIndex implements StoryIndex {
  /** Key → slot → posting sequence, in order of posting (Maps iterate in insertion order). */
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly slotOf = new Map<string, number>();
  /** Per slot: the story id ("" when free), its keys and when it was last posted. */
  private readonly idAt: string[] = [];
  private readonly keysAt: (readonly string[])[] = [];
  private readonly freeSlots: number[] = [];
  /** Scratch space of candidates(): rank per slot (0: no hit yet) and the slots hit, in order of first hit. */
  private ranks = new Float64Array(1024);
  private readonly touched: number[] = [];
  /** Scratch space of candidates(): the best slots so far and their ranks, best first. */
  private best = new Int32Array(64);
  private bestRanks = new Float64Array(64);
  private readonly maxPostingsPerKey: number;
  private sequence = 0;

  constructor(options: InMemoryStoryIndexOptions = {}) {
    this.maxPostingsPerKey = Math.max(1, options.maxPostingsPerKey ?? 100);
  }

  candidates(keys: readonly string[], limit: number): string[] {
    // Rank = keys shared × SEQUENCE_SPAN + when last posted (a unique sequence number, so no ties remain),
    // accumulated per slot; only the `limit` best are kept, by insertion into a short sorted list.
    const ranks = this.ranks;
    const touched = this.touched;
    touched.length = 0;
    for (const key of keys.length > 1 ? new Set(keys) : keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      list.forEach((posted, slot) => {
        const rank = ranks[slot] as number;
        if (rank === 0) {
          ranks[slot] = SEQUENCE_SPAN + posted;
          touched.push(slot);
        } else ranks[slot] = rank + SEQUENCE_SPAN;
      });
    }
    const k = Math.min(Math.max(0, limit), touched.length);
    if (this.bestRanks.length < k) {
      this.best = new Int32Array(k * 2);
      this.bestRanks = new Float64Array(k * 2);
    }
    const best = this.best;
    const bestRanks = this.bestRanks;
    let count = 0;
    for (const slot of touched) {
      const rank = ranks[slot] as number;
      ranks[slot] = 0;
      if (k === 0) continue;
      if (count === k) {
        if (rank <= (bestRanks[k - 1] as number)) continue;
        count--;
      }
      let at = count;
      while (at > 0 && (bestRanks[at - 1] as number) < rank) {
        bestRanks[at] = bestRanks[at - 1] as number;
        best[at] = best[at - 1] as number;
        at--;
      }
      bestRanks[at] = rank;
      best[at] = slot;
      count++;
    }
    touched.length = 0;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(this.idAt[best[i] as number] as string);
    return ids;
  }

  post(storyId: string, keys: readonly string[]): void {
    this.remove(storyId);
    const posted = ++this.sequence;
    const distinct = [...new Set(keys)];
    const slot = this.allocate(storyId);
    this.keysAt[slot] = distinct;
    for (const key of distinct) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = new Map()));
      list.set(slot, posted);
      if (list.size > this.maxPostingsPerKey) {
        // Maps iterate in insertion order, so the first entry is the least recently posted story.
        const oldest = list.keys().next().value;
        if (oldest !== undefined) list.delete(oldest);
      }
    }
  }

  remove(storyId: string): void {
    const slot = this.slotOf.get(storyId);
    if (slot === undefined) return;
    for (const key of this.keysAt[slot] ?? []) {
      const list = this.postings.get(key);
      if (!list) continue;
      list.delete(slot);
      if (list.size === 0) this.postings.delete(key);
    }
    // The slot is in no list now, so it can be handed to another story.
    this.slotOf.delete(storyId);
    this.idAt[slot] = "";
    this.keysAt[slot] = [];
    this.freeSlots.push(slot);
  }

  /** Stories posted, for tests and memory figures. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Distinct keys with at least one story. */
  get keyCount(): number {
    return this.postings.size;
  }

  private allocate(storyId: string): number {
    const slot = this.freeSlots.pop() ?? this.idAt.length;
    if (slot >= this.ranks.length) {
      const grown = new Float64Array(this.ranks.length * 2);
      grown.set(this.ranks);
      this.ranks = grown;
    }
    this.slotOf.set(storyId, slot);
    this.idAt[slot] = storyId;
    return slot;
  }
}
