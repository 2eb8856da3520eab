import "server-only";
import { z } from "zod";
import {
  decodeCursor,
  encodeCursor,
  getDb,
  listFilterChoices,
  matchSnippets,
  searchStoryPage,
  STORY_COUNT_CAP,
  STORY_SORTS,
  storiesPassingFilters,
  type FilterChoices,
  type StoryFilters,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { OUTLET_TYPES, type OutletType } from "@/lib/outlets";
import { toStoryListItem } from "../shapers/stories";
import type { StoryListItem, StoryMatchView } from "../types";

/**
 * The story list's query, as it appears in the page's URL and in GET /api/stories: one vocabulary for both, so a
 * page address and an API call with the same parameters list the same stories.
 */
export const MAX_QUERY_CHARS = 500;
/** Matching stories are counted up to this many; a larger result says "1,000+" (lib/db/search explains why). */
export { STORY_COUNT_CAP };
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A calendar day: Date.parse alone reads "2026-02-31" as 3 March, so the day must survive the round trip. */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD, e.g. 2026-02-01")
  .refine(isCalendarDay, "not a day of the calendar (YYYY-MM-DD, e.g. 2026-02-01)");

const fields = {
  q: z.string().trim().max(MAX_QUERY_CHARS, `at most ${MAX_QUERY_CHARS} characters`),
  outlet: z
    .string()
    .trim()
    .max(120)
    .regex(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}-]*$/u, "an outlet slug (lower-case letters, digits and -)"),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "a country code such as GB")
    .transform((code) => code.toUpperCase()),
  type: z.enum(OUTLET_TYPES, { error: `one of ${OUTLET_TYPES.join(", ")}` }),
  lang: z
    .string()
    .trim()
    .max(35)
    .regex(/^([A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)?$/, "a language code such as en or pt-BR"),
  from: day,
  to: day,
  variants: z.enum(["1", "0", "true", "false", ""]),
  multi: z.enum(["1", "0", "true", "false", ""]),
  sort: z.enum(STORY_SORTS),
  after: z.string().max(400),
  before: z.string().max(400),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE),
};

export type StoryListQuery = {
  q?: string;
  outlet?: string;
  /** Outlets' country (ISO 3166-1 alpha-2) and type (docs/outlets.md): stories with an article from one. */
  country?: string;
  type?: OutletType;
  lang?: string;
  from?: string;
  to?: string;
  variants: boolean;
  /** Only stories covered by two or more outlets. */
  multi: boolean;
  sort: (typeof STORY_SORTS)[number];
  after?: string;
  before?: string;
  limit: number;
};

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function firstValues(params: RawParams): Record<string, string | undefined> {
  if (params instanceof URLSearchParams)
    return Object.fromEntries([...params.keys()].map((k) => [k, params.get(k) ?? undefined]));
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** What the page says about a date it left out: an unreadable day, or a range that ends before it starts. */
export interface StoryListProblem {
  field: "from" | "to";
  message: string;
}

const DATE_LABEL = { from: "From", to: "To" } as const;

/**
 * Reads the list's query parameters. Strict (the API): an unknown or malformed parameter, or a reversed date
 * range, is INVALID_INPUT naming it. Lenient (the page): a malformed value is dropped, so a hand-edited address
 * still shows a list, and a date left out is reported by readStoryListQuery.
 */
export function parseStoryListQuery(params: RawParams, mode: "strict" | "lenient"): StoryListQuery {
  return readStoryListQuery(params, mode).query;
}

/** As parseStoryListQuery, with the dates the lenient reading left out and why (the page shows them). */
export function readStoryListQuery(
  params: RawParams,
  mode: "strict" | "lenient" = "lenient",
): { query: StoryListQuery; problems: StoryListProblem[] } {
  const values = firstValues(params);
  const out: Record<string, unknown> = {};
  const problems: StoryListProblem[] = [];
  for (const [name, raw] of Object.entries(values)) {
    const schema = fields[name as keyof typeof fields];
    if (!schema) {
      if (mode === "strict") throw new AppError("INVALID_INPUT", `Unknown parameter "${name}".`);
      continue;
    }
    if (raw === undefined || raw.trim() === "") continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) out[name] = parsed.data;
    else if (mode === "strict")
      throw new AppError(
        "INVALID_INPUT",
        `Parameter "${name}": ${parsed.error.issues[0]?.message ?? "invalid"}.`,
      );
    else if (name === "from" || name === "to")
      problems.push({
        field: name,
        message: `The ${DATE_LABEL[name]} date “${raw.slice(0, 40)}” is not a day of the calendar, so it was left out. Pick a day, e.g. 2026-02-01.`,
      });
  }
  if (mode === "strict" && out.after && out.before)
    throw new AppError("INVALID_INPUT", 'Send "after" or "before", not both.');
  if (typeof out.from === "string" && typeof out.to === "string" && out.from > out.to) {
    if (mode === "strict")
      throw new AppError(
        "INVALID_INPUT",
        `Parameter "from" (${out.from}) is after "to" (${out.to}): no story could match. Swap them.`,
      );
    problems.push({
      field: "from",
      message: `The From date (${out.from}) is after the To date (${out.to}), so no story could match: both dates were left out. Swap them or clear one.`,
    });
    delete out.from;
    delete out.to;
  }
  const query: StoryListQuery = {
    q: (out.q as string | undefined) || undefined,
    outlet: (out.outlet as string | undefined) || undefined,
    country: (out.country as string | undefined) || undefined,
    type: out.type as OutletType | undefined,
    lang: (out.lang as string | undefined)?.toLowerCase() || undefined,
    from: out.from as string | undefined,
    to: out.to as string | undefined,
    variants: out.variants === "1" || out.variants === "true",
    multi: out.multi === "1" || out.multi === "true",
    sort: (out.sort as StoryListQuery["sort"] | undefined) ?? "newest",
    after: out.after as string | undefined,
    before: out.after ? undefined : (out.before as string | undefined),
    limit: (out.limit as number | undefined) ?? DEFAULT_PAGE_SIZE,
  };
  return { query, problems };
}

/** The query as URL parameters (defaults and empty values left out), for links that keep the list's state. */
export function storyListParams(
  query: Partial<StoryListQuery>,
  overrides: Partial<StoryListQuery> = {},
): URLSearchParams {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.outlet) params.set("outlet", merged.outlet);
  if (merged.country) params.set("country", merged.country);
  if (merged.type) params.set("type", merged.type);
  if (merged.lang) params.set("lang", merged.lang);
  if (merged.from) params.set("from", merged.from);
  if (merged.to) params.set("to", merged.to);
  if (merged.variants) params.set("variants", "1");
  if (merged.multi) params.set("multi", "1");
  if (merged.sort && merged.sort !== "newest") params.set("sort", merged.sort);
  if (merged.after) params.set("after", merged.after);
  else if (merged.before) params.set("before", merged.before);
  if (merged.limit && merged.limit !== DEFAULT_PAGE_SIZE) params.set("limit", String(merged.limit));
  return params;
}

/** Whether the query narrows the list (a search or any filter), as opposed to only sorting or paging it. */
export function isFiltered(query: StoryListQuery): boolean {
  return Boolean(
    query.q ||
    query.outlet ||
    query.country ||
    query.type ||
    query.lang ||
    query.from ||
    query.to ||
    query.variants ||
    query.multi,
  );
}

export interface StorySearchResult {
  items: StoryListItem[];
  /** Stories matching the query across all pages, counted up to STORY_COUNT_CAP. */
  total: number;
  /** More than `total` stories match: the count stopped at the cap, so say "1,000+". */
  totalIsCapped: boolean;
  /** Cursor tokens for the neighbouring pages ("after" / "before" parameters), null at either end. */
  next: string | null;
  prev: string | null;
}

const DAY_MS = 86_400_000;

/** The list query's filters as the database reads them (its days as instants). */
function listFilters(query: StoryListQuery): StoryFilters {
  return {
    query: query.q ?? null,
    outlet: query.outlet ?? null,
    country: query.country ?? null,
    outletType: query.type ?? null,
    language: query.lang ?? null,
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : null,
    // "to" is a whole day: stories starting before the next midnight (UTC).
    until: query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) : null,
    hasVariants: query.variants,
    multiOutlet: query.multi,
  };
}

/** Which of these stories the list shows for a query (any page of it): how a search's webhook picks events. */
export async function storiesMatchingListQuery(
  storyIds: readonly string[],
  query: StoryListQuery,
): Promise<Set<string>> {
  return storiesPassingFilters(await getDb(), storyIds, listFilters(query));
}

/** One page of stories for a parsed query. A bad cursor is INVALID_INPUT. */
export async function searchStories(query: StoryListQuery): Promise<StorySearchResult> {
  const page = await searchStoryPage(await getDb(), {
    sort: query.sort,
    limit: query.limit,
    ...listFilters(query),
    after: query.after ? decodeCursor(query.after, query.sort) : null,
    before: query.before ? decodeCursor(query.before, query.sort) : null,
  });
  const matches = query.q
    ? await matchSnippets(
        await getDb(),
        page.rows.map((row) => row.id),
        query.q,
      )
    : null;
  return {
    total: page.total,
    totalIsCapped: page.totalIsCapped,
    next: page.next ? encodeCursor(page.next) : null,
    prev: page.prev ? encodeCursor(page.prev) : null,
    items: page.rows.map((row) => {
      const item = toStoryListItem(row);
      if (!matches) return item;
      const match: StoryMatchView | null = matches.get(row.id) ?? null;
      return { ...item, match };
    }),
  };
}

/** The outlets and languages the list's filters offer. */
export async function storyFilterChoices(): Promise<FilterChoices & { outletTypes: OutletType[] }> {
  const choices = await listFilterChoices(await getDb());
  // In the scheme's order; a stored value outside the scheme (none is written) is not offered.
  const stored = new Set(choices.outletTypes);
  return { ...choices, outletTypes: OUTLET_TYPES.filter((type) => stored.has(type)) };
}
