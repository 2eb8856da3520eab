export * from "./load-feeds";
export {
  getArchiveDay,
  neighbourDays,
  MAX_DAY_STORIES,
  type ArchiveDayView,
  type DayStoryView,
} from "./archive-day";
export {
  MAX_FEED_ENTRIES,
  storyEventEntries,
  type FeedDocument,
  type FeedEntry,
  type FeedEntryKind,
  type StoryEventInput,
} from "./feed-model";
export { renderAtom, renderJsonFeed, ATOM_CONTENT_TYPE, JSON_FEED_CONTENT_TYPE } from "./render-feed";
