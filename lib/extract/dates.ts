/**
 * Dates as pages write them, turned into ISO 8601. We return a full UTC timestamp only when the source states a
 * time zone (an offset or "Z"); otherwise a calendar date ("2025-09-05"), because guessing the zone would make
 * the result depend on the machine that parsed it.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";

/** "05th Sep 2025", "5 September 2025", "Tue, 5 Sep 2025" */
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH_NAME},?\\s+${YEAR}\\b`, "i");
/** "Sep 5, 2025", "September 5th 2025", "Nov. 19, 2019" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+${DAY},?\\s+${YEAR}\\b`, "i");
/** "2025-09-05", "2025/09/05", optionally followed by a time and zone */
const ISO_LIKE =
  /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
/** "19.11.2019" (day first, as written across Europe) */
const DOTTED_DMY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** "11/20/2019" or "20/11/2019": the order is only known when one part is over 12. */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A calendar date as "YYYY-MM-DD", or null when the parts do not make a real date. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string | undefined): number | null {
  if (!name) return null;
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? null;
}

function fromIsoLike(m: RegExpExecArray): string | null {
  const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return null;
  const [, , , , hour, minute, second, zone] = m;
  if (hour === undefined || minute === undefined || zone === undefined) return date;
  const offset = zone.toUpperCase() === "Z" ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const stamp = new Date(`${date}T${pad(Number(hour))}:${minute}:${second ?? "00"}${offset}`);
  return Number.isNaN(stamp.getTime()) ? date : stamp.toISOString();
}

/**
 * The first date written in a short piece of text ("Published 05th Sep 2025, 10:32"), as ISO 8601, or null.
 * Machine-readable values (meta tags, JSON-LD, <time datetime>) go through the same function.
 */
export function parseDateText(text: string): string | null {
  const sample = text.slice(0, 200);
  const iso = ISO_LIKE.exec(sample);
  if (iso) {
    const parsed = fromIsoLike(iso);
    if (parsed) return parsed;
  }
  const dmy = DAY_MONTH_YEAR.exec(sample);
  if (dmy) {
    const month = monthNumber(dmy[2]);
    const parsed = month ? calendarDate(Number(dmy[3]), month, Number(dmy[1])) : null;
    if (parsed) return parsed;
  }
  const mdy = MONTH_DAY_YEAR.exec(sample);
  if (mdy) {
    const month = monthNumber(mdy[1]);
    const parsed = month ? calendarDate(Number(mdy[3]), month, Number(mdy[2])) : null;
    if (parsed) return parsed;
  }
  const dotted = DOTTED_DMY.exec(sample);
  if (dotted) return calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = SLASHED.exec(sample);
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), fullYear(slashed[3])];
    if (first > 12) return calendarDate(year, second, first);
    if (second > 12) return calendarDate(year, first, second);
  }
  return null;
}

function fullYear(digits: string | undefined): number {
  const year = Number(digits);
  return digits?.length === 2 ? 2000 + year : year;
}

/** Words that may surround a date on a "date line" without making it a sentence. */
const DATE_LINE_FILLER =
  /\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|gmt|bst|utc|cet|cest|est|edt|pst|pdt|cst|cdt|ist|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/gi;

const MAX_DATE_LINE_CHARS = 80;
const RELATIVE_TIME =
  /^(?:about |posted |updated )?(?:an?|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?) ago$/i;

/**
 * Whether a line is only a date or time, as page headers, teaser cards and comments show it ("05th Sep 2025",
 * "Published: Tue 5 September 2025, 10:32 BST", "11/20/2019 01:14 PM", "3 hours ago").
 */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_DATE_LINE_CHARS) return false;
  if (RELATIVE_TIME.test(text)) return true;
  const hasDate = [ISO_LIKE, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DOTTED_DMY, SLASHED].some((re) => re.test(text));
  if (!hasDate) return false;
  const rest = text
    .replace(ISO_LIKE, " ")
    .replace(DAY_MONTH_YEAR, " ")
    .replace(MONTH_DAY_YEAR, " ")
    .replace(DOTTED_DMY, " ")
    .replace(SLASHED, " ")
    .replace(DATE_LINE_FILLER, " ")
    .replace(/\d{1,2}[:.]\d{2}/g, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return rest.length <= 3;
}

/** The date of a date line (see isDateLine), or null when the line is not one or its date is ambiguous. */
export function parseDateLine(line: string): string | null {
  return isDateLine(line) ? parseDateText(line) : null;
}
