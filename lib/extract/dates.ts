import { foldForComparison } from "../text";
/**
 * Dates as pages write them, turned into ISO 8601. We return a full UTC timestamp only when the source states a
 * time zone (an offset or "Z"); otherwise a calendar date ("2025-09-05"), because guessing the zone would make
 * the result depend on the machine that parsed it.
 */

/**
 * Month names and their usual abbreviations in the languages the app detects (English, German, French, Spanish,
 * Italian, Dutch, Portuguese), lower case, accented and plain.
 */
const MONTH_NAMES: readonly string[] = [
  "jan january januar janv janvier enero gennaio januari janeiro",
  "feb february februar fév févr février fev fevr fevrier febrero febbraio februari fevereiro",
  "mar march märz marz mär mars marzo mrt maart março marco",
  "apr april avr avril abril aprile",
  "may mai mayo maggio mei maio",
  "jun june juni juin junio giugno junho",
  "jul july juli juil juillet julio luglio julho",
  "aug august août aout agosto augustus",
  "sep sept september septembre septiembre setiembre settembre setembro",
  "oct october okt oktober octobre octubre ottobre outubro",
  "nov november novembre noviembre novembro",
  "dec december dez dezember déc décembre decembre diciembre dicembre dezembro",
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.split(" ").map((name) => [name, index + 1] as const)),
);

/** Any month name (longest first, so "september" is not read as "sep"), not followed by another letter. */
const MONTH_NAME = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|")})(?!\\p{L})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?";
const YEAR = "(\\d{4})";

/** "05th Sep 2025", "5 September 2025", "Tue, 5 Sep 2025", "16. September 2025", "5 de septiembre de 2025" */
const DAY_MONTH_YEAR = new RegExp(
  `\\b${DAY}(?:\\s+of|\\s+de)?\\s+${MONTH_NAME},?(?:\\s+de)?\\s+${YEAR}\\b`,
  "iu",
);
/** "Sep 5, 2025", "September 5th 2025", "Nov. 19, 2019" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+${DAY},?\\s+${YEAR}\\b`, "iu");
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
  return MONTHS.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
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
  /\b(?:published|updated|posted|last|modified|on|at|am|pm|veroffentlicht|aktualisiert|um|uhr|stand|publie|mis a jour|le|a|publicado|actualizado|el|pubblicato|aggiornato|alle|ore|gepubliceerd|bijgewerkt|om|a\.m|p\.m|gmt|bst|utc|cet|cest|est|edt|pst|pdt|cst|cdt|ist|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/gi;

/** The word that introduces a revision date: "Updated", "Last modified", "Aktualisiert", "Mis à jour". */
const REVISION_WORD =
  /\b(?:last\s+)?(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|mise à jour|actualizado|actualizada|aggiornato|bijgewerkt|atualizado)\b/iu;

const DATE_PATTERNS = [ISO_LIKE, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DOTTED_DMY, SLASHED];
/** Each date pattern matching all its occurrences: a line may carry a publication and a revision date. */
const EVERY_DATE = DATE_PATTERNS.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));
const MAX_DATE_LINE_CHARS = 80;
/** Room for a publication and a revision date with their labels and times on one line. */
const MAX_REVISION_LINE_CHARS = 120;
const RELATIVE_TIME =
  /^(?:about |posted |updated )?(?:an?|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?) ago$/i;

/**
 * Whether a line is only a date or time, as page headers, teaser cards and comments show it ("05th Sep 2025",
 * "Published: Tue 5 September 2025, 10:32 BST", "11/20/2019 01:14 PM", "3 hours ago").
 */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  // Two dates make a date line only as publication and revision ("29 November | 20 January" is a date range).
  const revised = REVISION_WORD.test(text);
  if (text.length > (revised ? MAX_REVISION_LINE_CHARS : MAX_DATE_LINE_CHARS)) return false;
  if (RELATIVE_TIME.test(text)) return true;
  const hasDate = DATE_PATTERNS.some((re) => re.test(text));
  if (!hasDate) return false;
  const rest = (revised ? EVERY_DATE : DATE_PATTERNS)
    .reduce((line, pattern) => line.replace(pattern, " "), foldForComparison(text))
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

/** What a date line says: when the article was published, and when it was last revised. */
export interface DateLineParts {
  published: string | null;
  modified: string | null;
}

/**
 * A date line split into its publication and revision dates: "Published 5 Sep 2025, updated 6 Sep 2025" gives
 * both, "Updated Sep 6, 2025 at 4:10 p.m." only the revision. Null when the line is not a date line.
 */
export function parseDateLineParts(line: string): DateLineParts | null {
  if (!isDateLine(line)) return null;
  const revision = REVISION_WORD.exec(line);
  if (!revision) return { published: parseDateText(line), modified: null };
  return {
    published: parseDateText(line.slice(0, revision.index)),
    modified: parseDateText(line.slice(revision.index)),
  };
}

/** The publication and revision dates of the date lines above an article: the one nearest the body wins. */
export function headerDates(lines: readonly string[]): DateLineParts {
  const parts = lines.map(parseDateLineParts).filter((part): part is DateLineParts => part !== null);
  return {
    published: parts.map((part) => part.published).findLast((date) => date !== null) ?? null,
    modified: parts.map((part) => part.modified).findLast((date) => date !== null) ?? null,
  };
}
