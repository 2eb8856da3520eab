export type {
  ClusterDocument,
  CorpusStats,
  DocumentProfile,
  StoryProfile,
  StoryCandidate,
  Assignment,
} from "./types";
export { documentTerms, profileDocument } from "./profile";
export { analyseDocument, analysisTerms, profileAnalysis, type DocumentAnalysis } from "./profile";
export { assignToStory, type AssignOptions } from "./assign";
export { addToStoryProfile } from "./story";
export { storyHeadline, storyTitle, type StoryHeadline, type StoryTitleOptions } from "./title";
export { mergeStoryProfiles, storySimilarity } from "./merge";
export {
  indexKeys,
  storyIndexKeys,
  InMemoryStoryIndex,
  type StoryIndex,
  type IndexKeyOptions,
  type InMemoryStoryIndexOptions,
} from "./story-index";
export { InMemoryCorpusStats, type CorpusCounterOptions } from "./corpus";
export {
  clusterStep,
  createStreamingClusterer,
  StreamingClusterer,
  type ClusterStep,
  type ClusterStepOptions,
  type StreamingClustererOptions,
  type StreamAssignment,
  type StreamStatus,
} from "./streaming";
export {
  advanceClock,
  candidateWindow,
  eligibleCandidates,
  storyEligibility,
  type EligibilityArticle,
  type EligibilityStory,
} from "./eligibility";
export { MergeLedger } from "./merge-ledger";
export { CLUSTER_PARAMETERS } from "./parameters";
export {
  wireLineage,
  type Lineage,
  type LineageArticle,
  type LineageCopy,
  type LineageOptions,
} from "./lineage";
