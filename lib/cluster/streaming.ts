import { contentHash } from "../text";
import { explain } from "./explain";
import { timeOf } from "./dates";
import { advanceClock, eligibleCandidates } from "./eligibility";
import { mergeStoryProfiles, storySimilarity } from "./merge";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import { analyseDocument, profileAnalysis } from "./profile";
import { coincides, scoreStory, scoringDocument } from "./score";
import { addToStoryProfile } from "./story";
import { InMemoryCorpusStats } from "./corpus";
import { indexKeys, InMemoryStoryIndex, storyIndexKeys, type IndexKeyOptions } from "./story-index";
import type { Assignment, ClusterDocument, DocumentProfile, StoryCandidate, StoryProfile } from "./types";

export interface ClusterStepOptions extends IndexKeyOptions {
  /** Score (0..1) a story needs for a document to join it. */
  threshold?: number;
  /** Score a story of the same days needs (see CLUSTER_PARAMETERS.coincidentThreshold); capped by threshold. */
  coincidentThreshold?: number;
  /** Similarity (0..1, same scale) at which the joined story and another candidate are one story. */
  mergeThreshold?: number;
  /** A dated document this many days or more outside a story's date range never joins it. */
  maxDaysApart?: number;
  /** Work bound: runner-up candidates (those the article also matches) checked for a merge. */
  maxMergeChecks?: number;
  /** Stories never folded into another (an editor shaped them); they can still be joined. */
  keepApart?: ReadonlySet<string>;
  /** The clustering clock (see advanceClock): stamped on the joined story as its activeAt. */
  clock?: number | null;
  /**
   * An article with fewer distinct words (title and body) stays alone and is not indexed (no keys): nothing
   * to match on, so it neither joins nor attracts a story.
   */
  minTerms?: number;
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
  if (recordWordCount(profile.terms) < (options.minTerms ?? P.minTerms)) {
    // Nothing to match on (an empty or one-word body): a story of its own, posted under no key.
    return {
      assignment: { storyId: null, score: 0, sharedTerms: [], sharedEntities: [] },
      story: stamped(addToStoryProfile(null, profile), options.clock ?? null),
      absorbed: [],
      keys: [],
    };
  }
  const scoring = scoringDocument(profile);
  const coincidentThreshold = Math.min(threshold, options.coincidentThreshold ?? P.coincidentThreshold);
  const matches = candidates
    .filter((candidate) => candidate.profile.documentCount > 0)
    .map((candidate) => ({ candidate, score: scoreStory(scoring, candidate.profile, maxDaysApart) }))
    .filter((m) => m.score > 0 && m.score >= (m.candidate.minScore ?? 0))
    .sort((a, b) => b.score - a.score || compareIds(a.candidate.storyId, b.candidate.storyId));
  // The best match over the threshold; failing that, a story of the same days over the lower threshold, if it
  // is the only story that high at all: on a busy day, look-alike stories of that day make the date no clue.
  const nearMatches = matches.filter((m) => m.score >= coincidentThreshold);
  const onlyNear = nearMatches.length === 1 ? nearMatches[0] : undefined;
  const best =
    matches[0] && matches[0].score >= threshold
      ? matches[0]
      : onlyNear && coincides(scoring, onlyNear.candidate.profile)
        ? onlyNear
        : undefined;
  if (!best) {
    const nearest = matches[0];
    const story = stamped(addToStoryProfile(null, profile), options.clock ?? null);
    return {
      assignment: { storyId: null, score: nearest?.score ?? 0, sharedTerms: [], sharedEntities: [] },
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
  const bridged = matches.filter((m) => m !== best).slice(0, options.maxMergeChecks ?? P.maxMergeChecks);
  for (const { candidate, score } of bridged) {
    if (score < threshold) break;
    if (options.keepApart?.has(candidate.storyId)) continue;
    if (storySimilarity(story, candidate.profile, maxDaysApart) < mergeThreshold) continue;
    story = mergeStoryProfiles(story, candidate.profile);
    absorbed.push(candidate.storyId);
  }
  return {
    assignment: { storyId: joined.storyId, score: best.score, ...explain(profile, joined.profile) },
    story: stamped(story, options.clock ?? null),
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
   * The present (ms since the epoch; default: when the clusterer is made): the clock that decides dormancy
   * (see storyEligibility) never runs past it, so a plausible but future date cannot put every story to sleep.
   */
  now?: number;
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

/**
 * Index hits read per candidate wanted: some turn out ineligible (out of the date window, another language),
 * and the database lookup reads the same pool (lib/db findStoryCandidatesByKeys).
 */
const CANDIDATE_POOL = 4;

const STREAM_DEFAULTS = {
  maxCandidates: 15,
  maxPostingsPerKey: 100,
  maxStories: 5_000,
  corpusSketchWidth: 1 << 20,
  maxRememberedDocuments: 50_000,
};

/**
 * The whole streaming loop in memory, the same steps the app runs over its database: corpus statistics
 * before the article, indexKeys → candidates the eligibility rule allows (storyEligibility: the date window,
 * dormant stories only on a strong undated match, one language) → clusterStep → post the story under its new
 * keys, with merges; beyond maxStories the least recently active story is dropped, so memory and per-article
 * cost stay flat. Story ids are "s1", "s2", … in order of creation. Deterministic for a given `now`.
 */
export class StreamingClusterer {
  private readonly options: Required<Omit<StreamingClustererOptions, keyof ClusterStepOptions>> &
    ClusterStepOptions;
  private readonly corpus: InMemoryCorpusStats;
  private readonly index: InMemoryStoryIndex;
  /** In order of last activity (a Map iterates in insertion order; joining re-inserts). */
  private readonly stories = new Map<string, StoryProfile>();
  /** Recent article ids and body hashes → the story they went to (compact: only what a repeat needs). */
  private readonly remembered = new Map<string, { storyId: string; score: number }>();
  /** The options clusterStep gets, with the clock set before each step (one object, not a copy per article). */
  private readonly stepOptions: ClusterStepOptions;
  private clock: number | null = null;
  private created = 0;

  constructor(options: StreamingClustererOptions = {}) {
    this.options = { ...STREAM_DEFAULTS, now: Date.now(), ...stripUndefined(options) };
    this.stepOptions = { ...this.options, clock: null };
    this.corpus = new InMemoryCorpusStats({ width: this.options.corpusSketchWidth });
    this.index = new InMemoryStoryIndex({ maxPostingsPerKey: this.options.maxPostingsPerKey });
  }

  add(doc: ClusterDocument): StreamAssignment {
    const seen = this.remembered.get(`id:${doc.id}`);
    if (seen) return repeat(seen);

    const analysis = analyseDocument(doc);
    const terms = [...analysis.termFrequencies.keys()];
    const profile = profileAnalysis(doc, analysis, this.corpus.countDocument(terms));
    this.clock = advanceClock(this.clock, profile.publishedAt, this.options.now);

    const words = wordCount(terms);
    if (words < (this.options.minTerms ?? P.minTerms)) {
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
    const candidates = eligibleCandidates(
      this.index.candidates(keys, this.options.maxCandidates * CANDIDATE_POOL),
      (storyId) => this.stories.get(storyId),
      profile,
      this.clock,
      this.options.maxCandidates,
    );
    this.stepOptions.clock = this.clock;
    const step = clusterStep(profile, candidates, this.stepOptions);
    const storyId = step.assignment.storyId ?? this.newStoryId();
    for (const absorbed of step.absorbed) {
      this.index.remove(absorbed);
      this.stories.delete(absorbed);
    }
    this.stories.delete(storyId);
    this.stories.set(storyId, step.story);
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
    return this.stories.get(storyId) ?? null;
  }

  /** Stories held now (memory figures). */
  get storyCount(): number {
    return this.stories.size;
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
    for (const storyId of this.stories.keys()) {
      if (this.stories.size <= this.options.maxStories) break;
      this.stories.delete(storyId);
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

/** Distinct words among terms: not figures ("#…") nor phrases (two words). */
function wordCount(terms: Iterable<string>): number {
  let count = 0;
  for (const term of terms) if (isWord(term)) count++;
  return count;
}

/** wordCount of a record's own keys, without an array of them. */
function recordWordCount(terms: Readonly<Record<string, number>>): number {
  let count = 0;
  for (const term in terms) if (Object.hasOwn(terms, term) && isWord(term)) count++;
  return count;
}

function isWord(term: string): boolean {
  return !term.startsWith("#") && !term.includes(" ");
}

/** The story with activeAt moved up to the clock (unchanged without one). */
function stamped(story: StoryProfile, clock: number | null): StoryProfile {
  if (clock === null) return story;
  const activeAt = timeOf(story.activeAt ?? null);
  return activeAt !== null && activeAt >= clock
    ? story
    : { ...story, activeAt: new Date(clock).toISOString() };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stripUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
