import { contentHash } from "../text";
import { explain } from "./explain";
import { timeOf } from "./dates";
import { mergeStoryProfiles, storySimilarity } from "./merge";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import { analyseDocument, profileAnalysis } from "./profile";
import { scoreStory, scoringDocument } from "./score";
import { addToStoryProfile } from "./story";
import { InMemoryCorpusStats } from "./corpus";
import { indexKeys, InMemoryStoryIndex, storyIndexKeys, type IndexKeyOptions } from "./story-index";
import type { Assignment, ClusterDocument, DocumentProfile, StoryCandidate, StoryProfile } from "./types";

export interface ClusterStepOptions extends IndexKeyOptions {
  /** Score (0..1) a story needs for a document to join it. */
  threshold?: number;
  /** Similarity (0..1, same scale) at which the joined story and another candidate are one story. */
  mergeThreshold?: number;
  /** A dated document this many days or more outside a story's date range never joins it. */
  maxDaysApart?: number;
  /** Work bound: runner-up candidates (those the article also matches) checked for a merge. */
  maxMergeChecks?: number;
  /** Stories never folded into another (an editor shaped them); they can still be joined. */
  keepApart?: ReadonlySet<string>;
}

/** What one article does to the stories, decided from the candidates alone (pure). */
export interface ClusterStep {
  /** storyId null: start a new story. Score and reasons as assignToStory gives them. */
  assignment: Assignment;
  /** The joined (or new) story's profile with the article and any absorbed stories in it. */
  story: StoryProfile;
  /** Candidates that turned out to be the same story: fold them (members and all) into the joined story. */
  absorbed: string[];
  /** The keys to post the story under (storyIndexKeys of `story`). */
  keys: string[];
}

/**
 * One step of streaming clustering, the part the app and the in-memory clusterer share: assign the article
 * to the best candidate (or a new story), grow that story, and fold into it any other candidate whose profile
 * now matches it (two stories that turn out to be one). The caller fetches candidates with indexKeys from a
 * StoryIndex and applies the result to its store.
 */
export function clusterStep(
  profile: DocumentProfile,
  candidates: readonly StoryCandidate[],
  options: ClusterStepOptions = {},
): ClusterStep {
  const threshold = options.threshold ?? P.threshold;
  const maxDaysApart = options.maxDaysApart ?? P.maxDaysApart;
  const scoring = scoringDocument(profile);
  const matches = candidates
    .filter((candidate) => candidate.profile.documentCount > 0)
    .map((candidate) => ({ candidate, score: scoreStory(scoring, candidate.profile, maxDaysApart) }))
    .filter((m) => m.score > 0 && m.score >= (m.candidate.minScore ?? 0))
    .sort((a, b) => b.score - a.score || compareIds(a.candidate.storyId, b.candidate.storyId));
  const best = matches[0];
  if (!best || best.score < threshold) {
    const story = addToStoryProfile(null, profile);
    return {
      assignment: { storyId: null, score: best?.score ?? 0, sharedTerms: [], sharedEntities: [] },
      story,
      absorbed: [],
      keys: storyIndexKeys(story, options),
    };
  }
  const joined = best.candidate;
  let story = addToStoryProfile(joined.profile, profile);
  // A merge needs a bridge: only stories the article itself matches are checked against the grown story.
  const mergeThreshold = options.mergeThreshold ?? P.mergeThreshold;
  const absorbed: string[] = [];
  const bridged = matches.slice(1, 1 + (options.maxMergeChecks ?? P.maxMergeChecks));
  for (const { candidate, score } of bridged) {
    if (score < threshold) break;
    if (options.keepApart?.has(candidate.storyId)) continue;
    if (storySimilarity(story, candidate.profile, maxDaysApart) < mergeThreshold) continue;
    story = mergeStoryProfiles(story, candidate.profile);
    absorbed.push(candidate.storyId);
  }
  return {
    assignment: { storyId: joined.storyId, score: best.score, ...explain(profile, joined.profile) },
    story,
    absorbed,
    keys: storyIndexKeys(story, options),
  };
}

export interface StreamingClustererOptions extends ClusterStepOptions {
  /** Work bound: candidate stories scored per article. */
  maxCandidates?: number;
  /** Work and memory bound: stories kept under one index key (see InMemoryStoryIndex). */
  maxPostingsPerKey?: number;
  /** Memory bound: stories held; past it the least recently joined is dropped (its articles keep their story). */
  maxStories?: number;
  /**
   * Stories no article has joined for this many days (of the newest dated article seen) go dormant: dated
   * articles no longer join them, undated ones only on a strong match (dormantThreshold).
   */
  idleDays?: number;
  /** An article with fewer distinct words (title and body) stays alone and is not indexed: nothing to match on. */
  minTerms?: number;
  /** Memory bound: counters per row of the document-frequency sketch (see InMemoryCorpusStats). */
  corpusSketchWidth?: number;
  /** Memory bound: article ids and bodies remembered to recognise a repeat. */
  maxRememberedDocuments?: number;
}

export type StreamStatus = "joined" | "created" | "duplicate" | "too-short";

/** The outcome for one article: the story it is in now, why, and which stories were folded into it. */
export interface StreamAssignment extends Assignment {
  storyId: string;
  status: StreamStatus;
  /** Stories merged into storyId by this article (their articles now belong to storyId). */
  merged: string[];
}

const STREAM_DEFAULTS = {
  maxCandidates: 15,
  maxPostingsPerKey: 100,
  maxStories: 5_000,
  idleDays: 90,
  minTerms: 3,
  corpusSketchWidth: 1 << 20,
  maxRememberedDocuments: 50_000,
};

interface HeldStory {
  profile: StoryProfile;
  /** Stream clock (ms) when an article last joined; undated streams hold null. */
  activeAt: number | null;
}

/**
 * The whole streaming loop in memory, the same steps the app runs over its database: corpus statistics
 * before the article, indexKeys → candidates → clusterStep → post the story under its new keys, with merges,
 * with stories idle for idleDays put to sleep (only a strong undated match revives one, see dormantThreshold),
 * and beyond maxStories the least recently active dropped, so memory and per-article cost stay flat.
 * Story ids are "s1", "s2", … in order of creation. Deterministic.
 */
export class StreamingClusterer {
  private readonly options: Required<Omit<StreamingClustererOptions, keyof ClusterStepOptions>> &
    ClusterStepOptions;
  private readonly corpus: InMemoryCorpusStats;
  private readonly index: InMemoryStoryIndex;
  /** In order of last activity (a Map iterates in insertion order; joining re-inserts). */
  private readonly stories = new Map<string, HeldStory>();
  /** Idle stories, in order of going idle: only an undated article can still join one, on a strong match. */
  private readonly dormant = new Map<string, HeldStory>();
  /** Recent article ids and body hashes → the story they went to (compact: only what a repeat needs). */
  private readonly remembered = new Map<string, { storyId: string; score: number }>();
  private clock: number | null = null;
  private created = 0;

  constructor(options: StreamingClustererOptions = {}) {
    this.options = { ...STREAM_DEFAULTS, ...stripUndefined(options) };
    this.corpus = new InMemoryCorpusStats({ width: this.options.corpusSketchWidth });
    this.index = new InMemoryStoryIndex({ maxPostingsPerKey: this.options.maxPostingsPerKey });
  }

  add(doc: ClusterDocument): StreamAssignment {
    const seen = this.remembered.get(`id:${doc.id}`);
    if (seen) return repeat(seen);

    const analysis = analyseDocument(doc);
    const terms = [...analysis.termFrequencies.keys()];
    const profile = profileAnalysis(doc, analysis, this.corpus.countDocument(terms));
    const time = timeOf(profile.publishedAt);
    if (time !== null && (this.clock === null || time > this.clock)) this.clock = time;

    const words = terms.filter((t) => !t.startsWith("#") && !t.includes(" ")).length;
    if (words < this.options.minTerms) {
      // Nothing to match on: a story of its own that nothing can find, so it never attracts or pollutes.
      return this.remember(doc, null, {
        storyId: this.newStoryId(),
        status: "too-short",
        score: 0,
        sharedTerms: [],
        sharedEntities: [],
        merged: [],
      });
    }

    const bodyKey = `text:${contentHash(`${doc.title}\n${doc.text}`)}`;
    const copy = this.remembered.get(bodyKey);
    if (copy && this.stories.has(copy.storyId)) {
      // The same article again under another id: same story, counted once in its profile.
      return this.remember(doc, null, repeat(copy));
    }

    const keys = indexKeys(profile, this.options);
    const candidates = this.index.candidates(keys, this.options.maxCandidates).flatMap((storyId) => {
      const held = this.stories.get(storyId);
      if (held) return [{ storyId, profile: held.profile }];
      const sleeping = time === null ? this.dormant.get(storyId) : undefined;
      return sleeping ? [{ storyId, profile: sleeping.profile, minScore: P.dormantThreshold }] : [];
    });
    const step = clusterStep(profile, candidates, this.options);
    const storyId = step.assignment.storyId ?? this.newStoryId();
    for (const absorbed of step.absorbed) {
      this.index.remove(absorbed);
      this.stories.delete(absorbed);
      this.dormant.delete(absorbed);
    }
    this.stories.delete(storyId);
    this.dormant.delete(storyId);
    this.stories.set(storyId, { profile: step.story, activeAt: this.clock });
    this.index.post(storyId, step.keys);
    this.evict();
    return this.remember(doc, bodyKey, {
      ...step.assignment,
      storyId,
      status: step.assignment.storyId === null ? "created" : "joined",
      merged: step.absorbed,
    });
  }

  /** The profile of a story still held (not dropped), for tests and explanations. */
  story(storyId: string): StoryProfile | null {
    return (this.stories.get(storyId) ?? this.dormant.get(storyId))?.profile ?? null;
  }

  /** Stories held now, active and dormant (memory figures). */
  get storyCount(): number {
    return this.stories.size + this.dormant.size;
  }

  private newStoryId(): string {
    return `s${++this.created}`;
  }

  private remember(doc: ClusterDocument, bodyKey: string | null, result: StreamAssignment): StreamAssignment {
    const entry = { storyId: result.storyId, score: result.score };
    this.remembered.set(`id:${doc.id}`, entry);
    if (bodyKey !== null) this.remembered.set(bodyKey, entry);
    while (this.remembered.size > this.options.maxRememberedDocuments * 2) {
      const oldest = this.remembered.keys().next().value;
      if (oldest === undefined) break;
      this.remembered.delete(oldest);
    }
    return result;
  }

  private evict(): void {
    const idleMs = this.options.idleDays * 86_400_000;
    for (const [storyId, held] of this.stories) {
      const idle = this.clock !== null && held.activeAt !== null && held.activeAt < this.clock - idleMs;
      if (!idle && this.stories.size + this.dormant.size <= this.options.maxStories) break;
      this.stories.delete(storyId);
      if (idle) this.dormant.set(storyId, held);
      else this.index.remove(storyId);
    }
    for (const storyId of this.dormant.keys()) {
      if (this.stories.size + this.dormant.size <= this.options.maxStories) break;
      this.dormant.delete(storyId);
      this.index.remove(storyId);
    }
  }
}

export function createStreamingClusterer(options: StreamingClustererOptions = {}): StreamingClusterer {
  return new StreamingClusterer(options);
}

/** The answer for an article seen before: its story (as first assigned; merges since are the caller's ledger). */
function repeat(seen: { storyId: string; score: number }): StreamAssignment {
  return {
    storyId: seen.storyId,
    score: seen.score,
    status: "duplicate",
    sharedTerms: [],
    sharedEntities: [],
    merged: [],
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stripUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
