import { CSV_COLUMNS, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_CHARS, STORY_COUNT_CAP } from "@/lib/views";
import { OUTLET_TYPES } from "@/lib/outlets";

/** OpenAPI 3.1 description of Parallax's HTTP API, served at /api/openapi.json (route.test.ts checks it). */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** Every route may also answer 503 DATABASE_UNAVAILABLE while the database is away. */
const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    [...new Set([...statuses, 503])].map((status) => [
      String(status),
      { $ref: `#/components/responses/Error${status}` },
    ]),
  );
const idParameter = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  description: `The ${what} id.`,
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,128}$" },
});
const nullable = (schema: object) => ({ oneOf: [schema, { type: "null" }] });
const isoDate = { type: "string", format: "date-time" };
/** A publication date: a date-time when the source gave a time, a date alone (YYYY-MM-DD) when it gave only the day. */
const publishedDate = {
  oneOf: [isoDate, { type: "string", format: "date" }],
  description: "A date-time, or YYYY-MM-DD when the source gave only the day (no invented midnight).",
};
const titleFields = {
  titleOutlet: nullable({
    type: "string",
    description:
      "The outlet whose headline is the automatic title (the one most representative of the articles); null when an editor named the story.",
  }),
  titleByEditor: {
    type: "boolean",
    description: "An editor named the story: new articles and reclustering keep the title.",
  },
};
const day = { type: "string", format: "date", description: "YYYY-MM-DD (UTC)." };

const listParameters = [
  {
    name: "q",
    in: "query",
    description:
      'Full-text search over story titles, article headlines and bodies, and quotations and their speakers. All words must occur in one article, one quotation or the story title, in any English form ("immigration" finds "immigrants": stemmed); "quoted phrase", `OR` (upper case) between alternatives, `-word` to exclude. Other punctuation is ignored, so any string is safe. Case- and (on SQLite) accent-insensitive; on PostgreSQL common English words ("the", "and") are ignored. Each story then has a `match`.',
    schema: { type: "string", maxLength: MAX_QUERY_CHARS },
  },
  {
    name: "outlet",
    in: "query",
    description: "Outlet slug: stories with an article from it.",
    schema: { type: "string" },
  },
  {
    name: "country",
    in: "query",
    description:
      "Country code (ISO 3166-1 alpha-2, e.g. `GB`): stories with an article from an outlet of that country.",
    schema: { type: "string", pattern: "^[A-Za-z]{2}$" },
  },
  {
    name: "type",
    in: "query",
    description: "Outlet type (docs/outlets.md): stories with an article from an outlet of that type.",
    schema: { type: "string", enum: [...OUTLET_TYPES] },
  },
  {
    name: "lang",
    in: "query",
    description: "Language code (e.g. `en`): stories with an article in it.",
    schema: { type: "string" },
  },
  {
    name: "from",
    in: "query",
    description:
      "Stories whose last publication is on or after this day. A day that is not on the calendar, or a `from` after `to`, is 400 INVALID_INPUT.",
    schema: day,
  },
  {
    name: "to",
    in: "query",
    description: "Stories whose first publication is on or before this day.",
    schema: day,
  },
  {
    name: "variants",
    in: "query",
    description:
      "`1`: only stories with a quotation carried by several outlets (a quote group with 2+ variants).",
    schema: { type: "string", enum: ["1", "0", "true", "false"] },
  },
  {
    name: "multi",
    in: "query",
    description: "`1`: only stories covered by two or more outlets.",
    schema: { type: "string", enum: ["1", "0", "true", "false"] },
  },
  {
    name: "sort",
    in: "query",
    description: "`newest` (last publication first) or `covered` (most articles first, then newest).",
    schema: { type: "string", enum: ["newest", "covered"], default: "newest" },
  },
  {
    name: "after",
    in: "query",
    description:
      "Cursor from a previous answer's `next`: the page after it. Cursors belong to one sort order.",
    schema: { type: "string" },
  },
  {
    name: "before",
    in: "query",
    description: "Cursor from `prev`: the page before it.",
    schema: { type: "string" },
  },
  {
    name: "limit",
    in: "query",
    description: "Stories per page.",
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
  },
];

/** A feed in both formats: Atom 1.0 and JSON Feed 1.1, with conditional GET. */
function feedPaths(
  path: string,
  operation: string,
  summary: string,
  parameters: readonly object[],
  missing: number[],
): Record<string, object> {
  const formats = [
    ["atom", "Atom", "application/atom+xml"],
    ["json", "Json", "application/feed+json"],
  ] as const;
  return Object.fromEntries(
    formats.map(([suffix, name, type]) => [
      `${path}/feed.${suffix}`.replace("//", "/"),
      {
        get: {
          operationId: `${operation}${name}`,
          summary,
          description:
            "Entry ids are stable tag: URIs. `ETag` and `Last-Modified` on every answer; `If-None-Match` (or `If-Modified-Since` alone) answers 304.",
          parameters,
          responses: {
            "200": { description: "The feed.", content: { [type]: { schema: { type: "string" } } } },
            "304": { description: "Not modified since the validator sent." },
            ...errorResponses(...missing),
          },
        },
      },
    ]),
  );
}

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Parallax API",
    version: "1.0.0",
    description:
      'Read stories (news events covered by several outlets), their articles and quotation variants, and export them. Reading needs no token and allows any origin (CORS); answers may be cached for 60 s. `POST /api/articles` needs a bearer token. Errors always have the shape `{ "error": { "code", "message" } }`.',
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/stories": {
      get: {
        operationId: "listStories",
        summary: "List and search stories",
        parameters: listParameters,
        responses: {
          "200": {
            description: "One page of stories.",
            content: { "application/json": { schema: ref("StoryPage") } },
          },
          ...errorResponses(400),
        },
      },
    },
    "/api/stories/{id}": {
      get: {
        operationId: "getStory",
        summary: "One story: its articles, quote groups and wire lineage",
        parameters: [idParameter("story")],
        responses: {
          "200": {
            description: "The story.",
            content: { "application/json": { schema: ref("StoryDetail") } },
          },
          "308": { description: "The story was merged into another; `Location` names it." },
          ...errorResponses(400, 404),
        },
      },
    },
    "/api/stories/{id}/quote-groups": {
      get: {
        operationId: "getStoryQuoteGroups",
        summary: "A story's quotations grouped by utterance, with word diffs",
        parameters: [idParameter("story")],
        responses: {
          "200": {
            description: "Groups carried by several outlets first.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["storyId", "quoteGroups"],
                  properties: {
                    storyId: { type: "string" },
                    quoteGroups: { type: "array", items: ref("QuoteGroup") },
                  },
                },
              },
            },
          },
          ...errorResponses(400, 404),
        },
      },
    },
    "/api/stories/{id}/export": {
      get: {
        operationId: "exportStory",
        summary: "Download a story's export",
        description: `\`json\`: the public export contract (README, "Export format"): story, articles, quote groups with word diffs, framing signals and the sentence alignment (shared, omitted, figures worded differently). \`csv\`: one row per quote variant with the columns ${CSV_COLUMNS.join(", ")}. \`md\`: a Markdown brief (headline, coverage, quotations worded differently, single-outlet quotations, omissions, figures worded differently).`,
        parameters: [
          idParameter("story"),
          {
            name: "format",
            in: "query",
            schema: { type: "string", enum: ["json", "csv", "md"], default: "json" },
          },
        ],
        responses: {
          "200": {
            description: "The file, with `Content-Disposition: attachment`.",
            headers: { "Content-Disposition": { schema: { type: "string" } } },
            content: {
              "application/json": { schema: { type: "object" } },
              "text/csv": { schema: { type: "string" } },
              "text/markdown": { schema: { type: "string" } },
            },
          },
          ...errorResponses(400, 404),
        },
      },
    },
    "/api/articles/{id}": {
      get: {
        operationId: "getArticle",
        summary: "One article: clean text, metadata, quotations, versions",
        parameters: [idParameter("article")],
        responses: {
          "200": { description: "The article.", content: { "application/json": { schema: ref("Article") } } },
          ...errorResponses(400, 404),
        },
      },
    },
    "/api/articles": {
      post: {
        operationId: "ingestArticles",
        summary: "Ingest one article or a batch of up to 100 (bearer token)",
        description:
          "A record is `{ url }` to fetch, or `{ html }` / `{ text }` with an optional `url`, plus optional `title`, `outlet`, `byline`, `publishedAt`. Send one record, an array, or `{ articles: [...] }`.",
        security: [{ bearerToken: [] }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
        responses: {
          "200": { description: "A duplicate or new version, or a batch's per-item results." },
          "201": { description: "One article created." },
          ...errorResponses(400, 401, 413, 415, 422, 429, 503),
        },
      },
    },
    "/api/health": {
      get: {
        operationId: "getHealth",
        summary: "Whether this instance can serve: database reachable and every migration applied",
        description:
          "For load balancers and monitors. Answers 503 with the API's error shape beside the same fields when the database is down or behind; never cached.",
        responses: {
          "200": {
            description:
              '`{ status: "ok", version, uptimeSeconds, database: { provider, reachable, migrationsCurrent, pendingMigrations, latencyMs } }`',
          },
          "503": {
            description: '`{ status: "unavailable", error: { code, message }, … }` with the same fields.',
          },
        },
      },
    },
    "/api/openapi.json": {
      get: {
        operationId: "getOpenApi",
        summary: "This document",
        responses: { "200": { description: "OpenAPI 3.1" } },
      },
    },
    ...feedPaths("/", "getListFeed", "The story list's search and filters as a feed", listParameters, [400]),
    ...feedPaths(
      "/stories/{id}",
      "getStoryFeed",
      "A story's events as a feed",
      [idParameter("story")],
      [400, 404],
    ),
    ...feedPaths(
      "/outlets/{slug}",
      "getOutletFeed",
      "An outlet's articles as a feed",
      [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
      [400, 404],
    ),
  },
  components: {
    securitySchemes: { bearerToken: { type: "http", scheme: "bearer" } },
    responses: Object.fromEntries(
      [400, 401, 404, 413, 415, 422, 429, 503].map((status) => [
        `Error${status}`,
        { description: `Error (${status}).`, content: { "application/json": { schema: ref("Error") } } },
      ]),
    ),
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { type: "string", examples: ["INVALID_INPUT", "NOT_FOUND", "DATABASE_UNAVAILABLE"] },
              message: { type: "string" },
            },
          },
        },
      },
      StoryListItem: {
        type: "object",
        required: [
          "id",
          "title",
          "titleOutlet",
          "titleByEditor",
          "articleCount",
          "outlets",
          "firstPublishedAt",
          "lastPublishedAt",
          "variantGroupCount",
          "demo",
        ],
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          ...titleFields,
          articleCount: { type: "integer" },
          outlets: { type: "array", items: { type: "string" } },
          coverage: {
            type: "string",
            description: 'The coverage in words: "3 outlets from 2 countries, 1 state-controlled".',
          },
          firstPublishedAt: nullable(publishedDate),
          lastPublishedAt: nullable(publishedDate),
          variantGroupCount: { type: "integer", description: "Quote groups carried by several outlets." },
          demo: {
            type: "boolean",
            description: "Every article of the story is from Parallax's fictional demo corpus.",
          },
          match: {
            description:
              "With `q` only: why the story matched (null when no excerpt could be made). `text` is plain text, never markup: escape it before putting it in HTML.",
            oneOf: [ref("StoryMatch"), { type: "null" }],
          },
        },
      },
      StoryMatch: {
        type: "object",
        required: ["source", "articleId", "outlet", "text", "highlights"],
        properties: {
          source: {
            type: "string",
            enum: ["article", "quotation", "title"],
            description:
              "Where the words matched: an article's headline or body, a quotation, the story title.",
          },
          articleId: nullable({ type: "string" }),
          outlet: nullable({ type: "string" }),
          text: { type: "string", description: "An excerpt, at most 320 characters; … where it was cut." },
          highlights: {
            type: "array",
            description: "The matched words: [start, end) UTF-16 offsets into `text`, in order.",
            items: {
              type: "object",
              required: ["start", "end"],
              properties: { start: { type: "integer" }, end: { type: "integer" } },
            },
          },
        },
      },
      StoryPage: {
        type: "object",
        required: ["stories", "total", "totalIsCapped", "next", "prev", "links"],
        properties: {
          stories: { type: "array", items: ref("StoryListItem") },
          total: {
            type: "integer",
            description: `Stories matching across all pages, counted up to ${STORY_COUNT_CAP}: when more match, \`total\` is ${STORY_COUNT_CAP} and \`totalIsCapped\` is true.`,
          },
          totalIsCapped: {
            type: "boolean",
            description: `True when more stories match than \`total\` says (the count stops at ${STORY_COUNT_CAP}); the pages still go on through \`next\`.`,
          },
          next: nullable({ type: "string", description: "Cursor for `after`." }),
          prev: nullable({ type: "string", description: "Cursor for `before`." }),
          links: {
            type: "object",
            properties: { next: nullable({ type: "string" }), prev: nullable({ type: "string" }) },
          },
        },
      },
      Outlet: {
        type: "object",
        properties: {
          id: { type: "string" },
          name: { type: "string" },
          slug: { type: "string" },
          country: nullable({ type: "string" }),
        },
      },
      QuoteVariant: {
        type: "object",
        properties: {
          quotationId: { type: "string" },
          articleId: { type: "string" },
          outlet: { type: "string" },
          publishedAt: nullable(publishedDate),
          text: { type: "string" },
          start: { type: "integer" },
          end: { type: "integer" },
          speaker: nullable({ type: "string" }),
          cue: nullable({ type: "string" }),
        },
      },
      QuoteGroup: {
        type: "object",
        properties: {
          id: { type: "string" },
          speaker: nullable({ type: "string" }),
          variants: { type: "array", items: ref("QuoteVariant"), description: "Reference variant first." },
          diffs: {
            type: "array",
            items: {
              type: "object",
              properties: {
                from: { type: "string" },
                to: { type: "string" },
                kind: { type: "string", enum: ["identical", "truncated", "reworded"] },
                ops: {
                  type: "array",
                  description: "diff-match-patch tuples at word level: -1 delete, 0 equal, 1 insert.",
                  items: {
                    type: "array",
                    prefixItems: [{ type: "integer", enum: [-1, 0, 1] }, { type: "string" }],
                  },
                },
              },
            },
          },
          wordings: {
            type: "array",
            items: {
              type: "object",
              properties: {
                text: { type: "string" },
                articleIds: { type: "array", items: { type: "string" } },
              },
            },
          },
        },
      },
      StoryDetail: {
        type: "object",
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          ...titleFields,
          articleCount: { type: "integer" },
          firstPublishedAt: nullable(publishedDate),
          lastPublishedAt: nullable(publishedDate),
          articles: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                title: { type: "string" },
                outlet: ref("Outlet"),
                byline: nullable({ type: "string" }),
                publishedAt: nullable(publishedDate),
                url: nullable({ type: "string" }),
                wordCount: { type: "integer" },
                quotationCount: { type: "integer" },
                membership: nullable({ type: "object" }),
              },
            },
          },
          quoteGroups: { type: "array", items: ref("QuoteGroup") },
          lineage: {
            type: "object",
            description: "How many articles come from how many independent sources, and which copy which.",
          },
        },
      },
      Article: {
        type: "object",
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          outlet: ref("Outlet"),
          byline: nullable({ type: "string" }),
          publishedAt: nullable(publishedDate),
          url: nullable({ type: "string" }),
          language: nullable({ type: "string" }),
          text: { type: "string", description: "Clean body; quotation offsets index into it." },
          ingestedAt: isoDate,
          quotations: { type: "array", items: { type: "object" } },
          story: nullable({ type: "object" }),
          modifiedAt: nullable(isoDate),
          lastChangedAt: nullable(isoDate),
          versions: { type: "array", items: { type: "object" } },
        },
      },
    },
  },
} as const;
