/** A story's name, size and dates as every list and page shows them (lib/views' storyIdentity reads these). */
export const storySummarySelect = {
  id: true,
  title: true,
  titleOutlet: true,
  titleByEditor: true,
  articleCount: true,
  firstPublishedAt: true,
  lastPublishedAt: true,
  firstPublishedAtPrecision: true,
  lastPublishedAtPrecision: true,
  demo: true,
} as const;
