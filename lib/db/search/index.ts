/** Story search and listing: full-text search (FTS5 / tsvector), filters and keyset pagination. */
export { searchStoryPage, STORY_COUNT_CAP, type StoryPage, type StoryPageRequest } from "./search-stories";
export { listFilterChoices, type FilterChoices } from "./filter-choices";
export { decodeCursor, encodeCursor, STORY_SORTS, type StoryCursor, type StorySort } from "./cursor";
export type { StoryFilters } from "./story-filter-sql";
export { parseSearch, toFts5Match, toWebsearch, type ParsedSearch } from "./query-syntax";
export { storyPageQueries } from "./search-stories";
export {
  matchSnippets,
  readMarkedSnippet,
  DEFAULT_SNIPPET_LIMITS,
  type MatchSnippet,
  type MatchSource,
  type SnippetLimits,
} from "./match-snippets";
export { storiesPassingFilters } from "./stories-passing-filters";
