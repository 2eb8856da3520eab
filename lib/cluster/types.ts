import type { StoryAssignment } from "../domain";
/** An article as clustering sees it. Dates are ISO 8601; language is ISO 639-1. */
export interface ClusterDocument {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  language: string | null;
}

/** Corpus counts for IDF. Only the terms asked about (see documentTerms) need to be present. */
export interface CorpusStats {
  documentCount: number;
  documentFrequency: Record<string, number>;
}

/** What clustering keeps of one article. Plain JSON, so the caller can store it. */
export interface DocumentProfile {
  /** TF-IDF weights (title and lead count more), L2-normalised, at most 64 terms. */
  terms: Record<string, number>;
  /** Names of people, places and organisations, as the article writes them, most mentioned first. */
  entities: string[];
  /** Significant figures and dates in the text ("26", "2004", "1200"), most mentioned first. */
  numbers: string[];
  publishedAt: string | null;
  language: string | null;
}

/** The running centroid of a story's articles. Plain JSON, so the caller can store it. */
export interface StoryProfile {
  /** Mean of the members' term vectors (not normalised), at most 200 terms. */
  terms: Record<string, number>;
  /** How many members mention each entity, at most 100 entities. */
  entities: Record<string, number>;
  documentCount: number;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  language: string | null;
  /**
   * The clustering clock (the newest publication date seen, see advanceClock) when an article last joined:
   * dormancy is judged by it or lastPublishedAt, whichever is later, so an old story an undated report revived
   * stays awake. Absent in profiles stored before it existed, and in rebuilt ones (lastPublishedAt then).
   */
  activeAt?: string | null;
}

export interface StoryCandidate {
  storyId: string;
  profile: StoryProfile;
  /** A score this candidate needs beyond the usual threshold (a dormant story asks for a stronger match). */
  minScore?: number;
}

/** The story to join (null: a new one), the best score (0..1) and what the two share (lib/domain). */
export type Assignment = StoryAssignment;
