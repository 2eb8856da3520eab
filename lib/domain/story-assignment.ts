/** Why an article is in its story: the match's score and what the two share. */
export interface MembershipEvidence {
  /** The best candidate's score (0..1), even when it fell short of the threshold. */
  score: number;
  /** Why it joined, for the UI: the terms and names that weigh most in both, at most 8 each. */
  sharedTerms: string[];
  sharedEntities: string[];
}

/** Clustering's decision for one article: the story to join (null: start a new one), with its evidence. */
export interface StoryAssignment extends MembershipEvidence {
  storyId: string | null;
}
