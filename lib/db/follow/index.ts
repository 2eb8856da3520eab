export {
  loadStoryEventRows,
  type StoryEventRows,
  type EventArticleRow,
  type EventVersionRow,
} from "./story-events";
export { loadOutletFeedRows, getOutletFeedStamp, type OutletFeedRows } from "./outlet-articles";
export { listStoriesCoveredBetween, type DayStoryRow } from "./stories-on-day";
export { type EventVariantRow } from "./quote-variants";
export { loadStoryEventsSince, type StoryEventsSince } from "./story-events-since";
