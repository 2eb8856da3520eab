/*
 * Publication dates as people and programs hand them to us (the API, bulk import, the ingest form): ISO 8601
 * only, a real calendar date, in a range a news article can have. Date.parse alone accepts far more: "1" is
 * 2001, "2025-02-31" rolls over to 3 March, and years run to ±275,000.
 */

import type { DatePrecision } from "@/lib/domain";

/** No article is dated before this year or after the last (old archives are welcome; year 9999 is a typo). */
export const PUBLISHED_AT_YEARS = { min: 1800, max: 2200 } as const;

export const PUBLISHED_AT_FORMAT =
  "an ISO 8601 date or date-time between 1800 and 2200, e.g. 2025-09-05 or 2025-09-05T10:00:00Z";

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/i;

/**
 * The instant an ISO 8601 date or date-time names, or null when it is not one, is not a real calendar date or
 * time, or falls outside PUBLISHED_AT_YEARS. A date-time without a zone is read as UTC (never the machine's
 * zone), a date alone as midnight UTC.
 */
export function parsePublishedAt(value: string): Date | null {
  const m = ISO_8601.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (year < PUBLISHED_AT_YEARS.min || year > PUBLISHED_AT_YEARS.max) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== "Z") {
    const [zoneHours, zoneMinutes] = [Number(m[9]), Number(m[10])];
    if (zoneHours > 14 || zoneMinutes > 59) return null;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  const milliseconds = Number((m[7] ?? "0").padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offsetMinutes * 60_000;
  return new Date(utc);
}

/** "day" for a calendar date alone ("2018-03-04"), "instant" for a date-time: what the source said it knew. */
export function publishedAtPrecision(value: string): DatePrecision {
  return DATE_ONLY.test(value.trim()) ? "day" : "instant";
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
