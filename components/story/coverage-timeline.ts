import { isDateOnly } from "@/components/ui/format";
import type { StoryArticleView, StoryLineageView } from "@/lib/views/types";

export type TimelineMark = "first" | "source" | "copy";

export interface TimelineRow {
  articleId: string;
  outlet: string;
  title: string;
  publishedAt: string;
  /** Position on the time axis, 0 (first report) to 1 (last). */
  x: number;
  /** Milliseconds after the first report. */
  offsetMs: number;
  /** "+45 min", or in days ("same day", "+2 d") when this report or the first gives only a date. */
  offsetLabel: string;
  mark: TimelineMark;
  /** For a copy: the row of the article it follows, when that is shown. */
  followsRow: number | null;
  followsOutlet: string | null;
}

export interface Timeline {
  rows: TimelineRow[];
  start: string | null;
  end: string | null;
  spanMs: number;
  /** Some report gives only a date: offsets on the axis are days, never minutes. */
  dayPrecision: boolean;
  ticks: { x: number; offsetMs: number; label: string }[];
  /** Articles without a publication date (not placed on the axis) and dated ones past the row limit. */
  undated: number;
  hidden: number;
  copies: number;
  independent: number;
}

export const DEFAULT_TIMELINE_ROWS = 40;
const TICKS = 4;

/**
 * Places a story's dated articles on a time axis in publication order: the first report, the others as
 * independent reports or as copies of an earlier one (wire lineage). At most `maxRows` rows, the earliest.
 */
export function layoutTimeline(
  articles: readonly Pick<StoryArticleView, "id" | "title" | "publishedAt" | "outlet">[],
  copies: StoryLineageView["copies"],
  { maxRows = DEFAULT_TIMELINE_ROWS }: { maxRows?: number } = {},
): Timeline {
  const dated = articles
    .flatMap((a) =>
      a.publishedAt ? [{ ...a, time: Date.parse(a.publishedAt), publishedAt: a.publishedAt }] : [],
    )
    .filter((a) => Number.isFinite(a.time))
    .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shown = dated.slice(0, maxRows);
  const copyOf = new Map(copies.map((c) => [c.articleId, c]));
  const first = shown[0];
  const last = shown[shown.length - 1];
  const spanMs = first && last ? last.time - first.time : 0;
  const rowOf = new Map(shown.map((a, index) => [a.id, index]));
  const dayPrecision = shown.some((a) => isDateOnly(a.publishedAt));
  const rows: TimelineRow[] = shown.map((a, index) => {
    const copy = copyOf.get(a.id);
    const offsetMs = first ? a.time - first.time : 0;
    const inDays = first !== undefined && (isDateOnly(a.publishedAt) || isDateOnly(first.publishedAt));
    return {
      articleId: a.id,
      outlet: a.outlet.name,
      title: a.title,
      publishedAt: a.publishedAt,
      x: spanMs > 0 ? offsetMs / spanMs : 0,
      offsetMs,
      offsetLabel: inDays ? formatDayOffset(calendarDays(first.time, a.time)) : formatOffset(offsetMs),
      mark: index === 0 ? "first" : copy ? "copy" : "source",
      followsRow: copy ? (rowOf.get(copy.followsArticleId) ?? null) : null,
      followsOutlet: copy ? copy.followsOutlet : null,
    };
  });
  return {
    rows,
    start: first?.publishedAt ?? null,
    end: last?.publishedAt ?? null,
    spanMs,
    dayPrecision,
    ticks: dayPrecision ? dayTicks(spanMs) : timeTicks(spanMs),
    undated: articles.length - dated.length,
    hidden: dated.length - shown.length,
    copies: rows.filter((r) => r.mark === "copy").length,
    independent: rows.filter((r) => r.mark !== "copy").length,
  };
}

const DAY_MS = 86_400_000;

/** Whole calendar days (UTC) from one time to another. */
function calendarDays(from: number, to: number): number {
  return Math.round((Math.floor(to / DAY_MS) * DAY_MS - Math.floor(from / DAY_MS) * DAY_MS) / DAY_MS);
}

function timeTicks(spanMs: number): Timeline["ticks"] {
  if (spanMs <= 0) return [{ x: 0, offsetMs: 0, label: formatOffset(0) }];
  return Array.from({ length: TICKS + 1 }, (_, i) => {
    const offsetMs = (spanMs * i) / TICKS;
    return { x: i / TICKS, offsetMs, label: formatOffset(offsetMs) };
  });
}

/** Ticks on whole days only, each day once: a date without a time has no quarter days. */
function dayTicks(spanMs: number): Timeline["ticks"] {
  const spanDays = Math.round(spanMs / DAY_MS);
  if (spanDays <= 0) return [{ x: 0, offsetMs: 0, label: formatDayOffset(0) }];
  const days = [...new Set(Array.from({ length: TICKS + 1 }, (_, i) => Math.round((spanDays * i) / TICKS)))];
  return days.map((day) => ({ x: day / spanDays, offsetMs: day * DAY_MS, label: formatDayOffset(day) }));
}

/** "same day", "+1 d", "+3 d": how many days after the first report, when a date has no time. */
export function formatDayOffset(days: number): string {
  return days <= 0 ? "same day" : `+${days} d`;
}

/** "+45 min", "+2 h 5 min", "+3 d 4 h": how long after the first report. */
export function formatOffset(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "+0 min";
  if (minutes < 60) return `+${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `+${hours} h ${minutes % 60} min` : `+${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `+${days} d ${hours % 24} h` : `+${days} d`;
}
