import { AppError } from "@/lib/errors";
import { cleanLabel } from "@/lib/text";
import { CsvSyntaxError, parseCsv } from "./csv";
import {
  readCountry,
  readDay,
  readLanguages,
  readOutletType,
  readWebAddress,
  OUTLET_TYPES,
  type OutletType,
} from "./scheme";

/**
 * Reads a third-party outlet list (CSV, docs/outlets.md) into rows to store: every problem is found before
 * anything is stored, and a file with any problem is refused whole. Pure.
 */

/** Larger files are refused before they are read: a national list of outlets is a few hundred KB. */
export const MAX_OUTLET_LIST_BYTES = 2 * 1024 * 1024;
export const MAX_OUTLET_LIST_ROWS = 10_000;
/** How many problems one refusal lists (the rest are counted). */
const MAX_PROBLEMS_LISTED = 10;

export const OUTLET_LIST_COLUMNS = [
  "name",
  "slug",
  "domain",
  "country",
  "languages",
  "type",
  "source",
  "source_url",
  "as_of",
] as const;
type Column = (typeof OUTLET_LIST_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["name", "source", "as_of"];

/** What a source says about an outlet's profile: the facts it gives, each optional (at least one). */
export interface OutletFacts {
  country?: string;
  languages?: string[];
  type?: OutletType;
}

export interface OutletListRow {
  /** The line of the file the row starts on. */
  line: number;
  name: string;
  /** The slug the file gives, or null: the outlet is then found by its domain, else by its name's slug. */
  slug: string | null;
  domain: string | null;
  facts: OutletFacts;
  source: string;
  sourceUrl: string | null;
  asOf: Date;
}

export interface ReadOutletListOptions {
  /** The file's name, for messages. */
  fileName: string;
  /** An outlet name's slug as ingest makes it (lib/ingest slugify), so a row matches the outlet ingest filed. */
  slugOf: (name: string) => string;
  maxBytes?: number;
  maxRows?: number;
}

const refuse = (fileName: string, what: string) =>
  new AppError("INVALID_INPUT", `${fileName} was not imported (nothing was stored): ${what}`);

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Refuses a file too large to read, by its size alone (call it before reading a file from disk). */
export function checkOutletListSize(fileName: string, bytes: number, maxBytes = MAX_OUTLET_LIST_BYTES): void {
  if (bytes > maxBytes)
    throw new AppError(
      "TOO_LARGE",
      `${fileName} was not imported (nothing was stored): it is ${formatBytes(bytes)}, and an outlet list may be at most ${formatBytes(maxBytes)}. Split it into several files.`,
    );
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}-]{1,120}$/u;

/** Reads the file's bytes (UTF-8) into rows; throws one INVALID_INPUT or TOO_LARGE AppError listing the problems. */
export function readOutletList(bytes: Uint8Array, options: ReadOutletListOptions): OutletListRow[] {
  const { fileName, slugOf } = options;
  const maxRows = options.maxRows ?? MAX_OUTLET_LIST_ROWS;
  checkOutletListSize(fileName, bytes.byteLength, options.maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse(fileName, "it is not UTF-8 text. Save the list as CSV in UTF-8.");
  }
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw refuse(fileName, `it is not valid CSV: ${error.message}.`);
    throw error;
  }
  const [header, ...body] = records;
  if (!header) throw refuse(fileName, "it is empty. The first line names the columns (docs/outlets.md).");
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const unknown = columns.filter((name) => !(OUTLET_LIST_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw refuse(
      fileName,
      `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((c) => `"${c}"`).join(", ")}. The columns are ${OUTLET_LIST_COLUMNS.join(", ")}.`,
    );
  const repeated = columns.filter((name, i) => columns.indexOf(name) !== i);
  if (repeated.length > 0) throw refuse(fileName, `the column "${repeated[0]}" appears twice.`);
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length > 0)
    throw refuse(fileName, `it has no ${missing.map((c) => `"${c}"`).join(", ")} column (required).`);
  if (!columns.some((c) => c === "country" || c === "languages" || c === "type"))
    throw refuse(fileName, 'it has none of the fact columns "country", "languages", "type".');
  if (body.length === 0) throw refuse(fileName, "it has a header but no outlets.");
  if (body.length > maxRows)
    throw refuse(fileName, `it lists ${body.length} outlets; at most ${maxRows} at a time. Split it.`);

  const problems: string[] = [];
  const rows: OutletListRow[] = [];
  // Every way a row names its outlet (slug, domain, name's slug) → the first line that named it that way.
  const seen = new Map<string, number>();
  for (const record of body) {
    const at = `line ${record.line}`;
    if (record.fields.length !== columns.length) {
      problems.push(`${at}: ${record.fields.length} fields where the header has ${columns.length}`);
      continue;
    }
    const cell = (column: Column): string => {
      const index = columns.indexOf(column);
      return index < 0 ? "" : (record.fields[index] ?? "").trim();
    };
    const rowProblems: string[] = [];
    const name = cleanLabel(cell("name"));
    if (!name) rowProblems.push("no name");
    else if (name.length > 120) rowProblems.push("a name longer than 120 characters");
    const slugText = cell("slug").toLowerCase();
    const slug = slugText === "" ? null : SLUG.test(slugText) ? slugText : undefined;
    if (slug === undefined)
      rowProblems.push(`slug "${slugText.slice(0, 40)}" is not lower-case letters, digits and -`);
    const domainText = cell("domain")
      .toLowerCase()
      .replace(/^www\./, "");
    const domain = domainText === "" ? null : DOMAIN.test(domainText) ? domainText : undefined;
    if (domain === undefined)
      rowProblems.push(`domain "${domainText.slice(0, 60)}" is not a host name such as example.org`);
    const facts: OutletFacts = {};
    if (cell("country")) {
      const country = readCountry(cell("country"));
      if (country) facts.country = country;
      else
        rowProblems.push(
          `country "${cell("country").slice(0, 20)}" is not an ISO 3166-1 alpha-2 code such as GB`,
        );
    }
    if (cell("languages")) {
      const languages = readLanguages(cell("languages"));
      if (languages) facts.languages = languages;
      else
        rowProblems.push(
          `languages "${cell("languages").slice(0, 40)}" are not language codes such as "en fr"`,
        );
    }
    if (cell("type")) {
      const type = readOutletType(cell("type"));
      if (type) facts.type = type;
      else rowProblems.push(`type "${cell("type").slice(0, 40)}" is not one of ${OUTLET_TYPES.join(", ")}`);
    }
    if (Object.keys(facts).length === 0 && rowProblems.length === 0)
      rowProblems.push("no country, languages or type: nothing to record");
    const source = cleanLabel(cell("source"));
    if (!source) rowProblems.push("no source: every fact names the list or publication it comes from");
    else if (source.length > 300) rowProblems.push("a source longer than 300 characters");
    const sourceUrl = cell("source_url") ? readWebAddress(cell("source_url")) : null;
    if (cell("source_url") && !sourceUrl) rowProblems.push("source_url is not an http(s) address");
    const asOf = readDay(cell("as_of"));
    if (!asOf) rowProblems.push(`as_of "${cell("as_of").slice(0, 20)}" is not a day written YYYY-MM-DD`);
    if (rowProblems.length > 0) {
      problems.push(`${at}: ${rowProblems.join(", ")}`);
      continue;
    }
    const keys = [slug ? `slug:${slug}` : `slug:${slugOf(name)}`, ...(domain ? [`domain:${domain}`] : [])];
    const earlier = keys.map((key) => seen.get(key)).find((line) => line !== undefined);
    if (earlier !== undefined) {
      problems.push(`${at}: the same outlet as line ${earlier} ("${name}"); list each outlet once`);
      continue;
    }
    for (const key of keys) seen.set(key, record.line);
    rows.push({
      line: record.line,
      name,
      slug: slug ?? null,
      domain: domain ?? null,
      facts,
      source,
      sourceUrl,
      asOf: asOf as Date,
    });
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_PROBLEMS_LISTED).join("; ");
    const more = problems.length - MAX_PROBLEMS_LISTED;
    throw refuse(
      fileName,
      `${problems.length} problem${problems.length > 1 ? "s" : ""}: ${listed}${more > 0 ? `; and ${more} more` : ""}.`,
    );
  }
  return rows;
}
