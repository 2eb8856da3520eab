export type {
  ClusterDocument,
  CorpusStats,
  DocumentProfile,
  StoryProfile,
  StoryCandidate,
  Assignment,
} from "./types";
export { documentTerms, profileDocument } from "./profile";
export { assignToStory, type AssignOptions } from "./assign";
export { addToStoryProfile } from "./story";
export { storyTitle } from "./title";
