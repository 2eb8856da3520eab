import { publishedIso } from "./dates";

/** What names and dates a story, as stored. */
export interface StoredStoryIdentity {
  title: string;
  titleOutlet: string | null;
  titleByEditor: boolean;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  firstPublishedAtPrecision: string;
  lastPublishedAtPrecision: string;
}

/** A story's title, whose headline it is (none for an editor's title), and its date range, as views give them. */
export interface StoryIdentityView {
  title: string;
  titleOutlet: string | null;
  titleByEditor: boolean;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

/** A story's title, whose headline it is, and its date range, as every view gives them. */
export function storyIdentity(row: StoredStoryIdentity): StoryIdentityView {
  return {
    title: row.title,
    titleOutlet: row.titleByEditor ? null : row.titleOutlet,
    titleByEditor: row.titleByEditor,
    firstPublishedAt: publishedIso(row.firstPublishedAt, row.firstPublishedAtPrecision),
    lastPublishedAt: publishedIso(row.lastPublishedAt, row.lastPublishedAtPrecision),
  };
}
