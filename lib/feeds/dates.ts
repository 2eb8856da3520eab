/**
 * Feed dates as feeds really write them: RFC 822 ("Tue, 10 Jun 2003 04:00:00 GMT", two-digit years, named
 * zones), ISO 8601 / RFC 3339, and the usual breakage (no zone, no seconds, full month names, a wrong weekday,
 * a JavaScript Date.toString(), a few non-English month abbreviations). Never Date.parse: its handling of
 * anything but ISO differs between engines and reads zone-less stamps in the machine's local zone.
 *
 * The result follows lib/extract's convention: a UTC timestamp when the source states a zone, else only the
 * calendar date ("2025-09-05"), because guessing the zone would make the result depend on the machine.
 */

/** No article on the web predates it (the first web page went up in 1991): earlier years are broken CMS defaults. */
export const MIN_PUBLISHED_AT = Date.UTC(1990, 0, 1);
/** Tolerated clock skew and zone mistakes; a date further ahead of `now` is an error in the feed, not news. */
export const MAX_FUTURE_MS = 2 * 24 * 60 * 60 * 1000;
/** Without a `now`, still refuse dates no feed can mean. */
const MAX_YEAR = 2100;
const MAX_DATE_CHARS = 100;

// prettier-ignore
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  sept: 9, june: 6, july: 7,
  // German, French, Spanish, Italian and Dutch abbreviations seen in localised RSS generators.
  jän: 1, mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12, janv: 1, févr: 2, fevr: 2, fév: 2, mars: 3, avr: 4,
  juin: 6, juil: 7, aoû: 8, août: 8, aout: 8, déc: 12, ene: 1, abr: 4, ago: 8, dic: 12, gen: 1, mag: 5, giu: 6,
  lug: 7, set: 9, ott: 10, mrt: 3, maa: 3, mei: 5,
};

/** Zone names with one meaning; RFC 822's own are the first ten. Ambiguous ones (IST, CST in Asia…) stay unknown. */
// prettier-ignore
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480,
  pdt: -420, akst: -540, akdt: -480, hst: -600, wet: 0, west: 60, bst: 60, cet: 60, cest: 120, met: 60,
  mest: 120, eet: 120, eest: 180, msk: 180, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

const MONTH = "([a-zà-ÿ]{3,9})\\.?";
const TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([ap]\\.?m\\.?)?";
const ZONE = "((?:gmt|utc|ut)?\\s*[+-]\\d{1,2}(?::?\\d{2})?|[a-z]{1,5})";
const WEEKDAY = "(?:[a-zà-ÿ]{2,9}\\.?,?\\s+)?";

/** 2003-06-10, 2003-06-10T04:00:00Z, 2003-06-10 04:00:00.123+02:00, 2003/06/10 04:00 */
const ISO = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:(?:t|\\s+)${TIME})?\\s*${ZONE}?$`, "i");
/** Tue, 10 Jun 2003 04:00:00 GMT; 10-Jun-03 04:00 +0200; Tuesday, 10 June 2003 */
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH}[\\s,-]+(\\d{4}|\\d{2})(?:,?\\s+(?:at\\s+)?${TIME})?\\s*${ZONE}?$`,
  "i",
);
/** June 10, 2003 4:00 PM EDT; Tue Jun 10 2003 04:00:00 GMT+0200 (JavaScript) */
const MONTH_DAY_YEAR = new RegExp(
  `^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?${TIME})?\\s*${ZONE}?$`,
  "i",
);
/** Tue Jun 10 04:00:00 2003 (C's asctime), optionally with a zone before the year */
const ASCTIME = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})\\s+${TIME}\\s+(?:${ZONE}\\s+)?(\\d{4})$`, "i");

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: string;
  minute?: string;
  second?: string;
  meridiem?: string;
  zone?: string;
}

function monthNumber(name: string): number | null {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)] ?? null;
}

/** Minutes east of UTC, or null when the zone is missing or unknown. */
function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return null;
  const compact = zone.toLowerCase().replace(/\s+/g, "");
  const numeric = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(compact);
  if (numeric) {
    const [, sign, hours = "0", minutes = "0"] = numeric;
    if (Number(hours) > 14 || Number(minutes) > 59) return null;
    return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }
  return Object.hasOwn(ZONES, compact) ? (ZONES[compact] ?? null) : null;
}

function fullYear(year: string): number {
  if (year.length === 4) return Number(year);
  const short = Number(year); // RFC 822's two-digit years
  return short < 50 ? 2000 + short : 1900 + short;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The instant (ms) the parts name, the calendar date when no zone is known, or null when they are no date. */
function toValue(parts: DateParts): { ms: number; iso: string } | null {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const midnight = Date.UTC(year, month - 1, day);
  if (new Date(midnight).getUTCDate() !== day) return null; // 31 February
  const calendar = { ms: midnight, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
  if (parts.hour === undefined || parts.minute === undefined) return calendar;

  let hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Math.min(Number(parts.second ?? "0"), 59); // a leap second is not worth a null
  if (parts.meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (parts.meridiem.toLowerCase().startsWith("p") ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  const offset = zoneOffset(parts.zone);
  if (offset === null) return calendar;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return { ms, iso: new Date(ms).toISOString() };
}

function readParts(text: string): DateParts | null {
  let m = ISO.exec(text);
  if (m) {
    const [, year, month, day, hour, minute, second, meridiem, zone] = m;
    return {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour,
      minute,
      second,
      meridiem,
      zone,
    };
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const [, day, month, year = "", hour, minute, second, meridiem, zone] = m;
    const monthNo = monthNumber(month ?? "");
    if (monthNo === null) return null;
    return { year: fullYear(year), month: monthNo, day: Number(day), hour, minute, second, meridiem, zone };
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const [, month, day, year, hour, minute, second, meridiem, zone] = m;
    const monthNo = monthNumber(month ?? "");
    if (monthNo === null) return null;
    return { year: Number(year), month: monthNo, day: Number(day), hour, minute, second, meridiem, zone };
  }
  m = ASCTIME.exec(text);
  if (m) {
    const [, month, day, hour, minute, second, meridiem, zone, year] = m;
    const monthNo = monthNumber(month ?? "");
    if (monthNo === null) return null;
    return { year: Number(year), month: monthNo, day: Number(day), hour, minute, second, meridiem, zone };
  }
  return null;
}

/**
 * A feed's date as ISO 8601 (UTC timestamp, or calendar date when no zone is stated), or null when it is
 * missing, unreadable or implausible: before 1990 (the "1970-01-01" of a zero timestamp) or more than
 * MAX_FUTURE_MS after `now`. Never throws.
 */
export function parseFeedDate(raw: string | null | undefined, now?: Date | null): string | null {
  if (!raw) return null;
  const text = raw
    .trim()
    .replace(/\s*\([^()]*\)$/, "") // "GMT+0200 (Central European Summer Time)"
    .replace(/\s+/g, " ");
  if (text === "" || text.length > MAX_DATE_CHARS) return null;
  const parts = readParts(text);
  const value = parts && toValue(parts);
  if (!value || value.ms < MIN_PUBLISHED_AT) return null;
  const reference = now?.getTime();
  if (reference !== undefined && Number.isFinite(reference) && value.ms > reference + MAX_FUTURE_MS)
    return null;
  return value.iso;
}

/** The first of several candidate dates (e.g. pubDate, then dc:date) that parses to a plausible date. */
export function firstFeedDate(
  candidates: readonly (string | null | undefined)[],
  now?: Date | null,
): string | null {
  for (const candidate of candidates) {
    const date = parseFeedDate(candidate, now);
    if (date !== null) return date;
  }
  return null;
}
