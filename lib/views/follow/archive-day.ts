import "server-only";
import { getDb, listStoriesCoveredBetween } from "@/lib/db";
import { iso } from "../shapers/dates";

/** Most stories one day's page lists; a busier day says that more were left out. */
export const MAX_DAY_STORIES = 100;
/** Articles read for one day: far above any real day here, and a bound on the work if one is not. */
const MAX_DAY_ARTICLES = 5_000;
const DAY_MS = 86_400_000;

export interface DayStoryView {
  id: string;
  title: string;
  dayArticles: number;
  dayOutlets: string[];
  articleCount: number;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  demo: boolean;
}

export interface ArchiveDayView {
  day: string;
  previousDay: string;
  nextDay: string;
  stories: DayStoryView[];
  /** More stories had coverage that day than are shown. */
  more: boolean;
}

/** The calendar day before and after a YYYY-MM-DD day (UTC). */
export function neighbourDays(day: string): { previousDay: string; nextDay: string } {
  const start = Date.parse(`${day}T00:00:00Z`);
  return {
    previousDay: new Date(start - DAY_MS).toISOString().slice(0, 10),
    nextDay: new Date(start + DAY_MS).toISOString().slice(0, 10),
  };
}

/** The stories with articles published on a day (UTC, a valid YYYY-MM-DD), most covered that day first. */
export async function getArchiveDay(day: string): Promise<ArchiveDayView> {
  const from = new Date(`${day}T00:00:00Z`);
  const { rows, more } = await listStoriesCoveredBetween(await getDb(), {
    from,
    until: new Date(from.getTime() + DAY_MS),
    limit: MAX_DAY_STORIES,
    maxArticles: MAX_DAY_ARTICLES,
  });
  return {
    day,
    ...neighbourDays(day),
    more,
    stories: rows.map((row) => ({
      ...row,
      firstPublishedAt: iso(row.firstPublishedAt),
      lastPublishedAt: iso(row.lastPublishedAt),
    })),
  };
}
