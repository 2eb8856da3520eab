import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
interface ListBody {
  stories: { id: string; title: string; articleCount: number; variantGroupCount: number }[];
  total: number;
  totalIsCapped: boolean;
  next: string | null;
  prev: string | null;
  links: { next: string | null; prev: string | null };
}

const BASE = "http://parallax.test";
const get = (path: string) => new Request(`${BASE}${path}`);
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function expectReadHeaders(response: Response): void {
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
}

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
}

/** The read-only API on the demo corpus: list, search and pages, one story, quote groups, article, exports. */
export function describeReadApi(provider: TestProvider): void {
  describe(`read API on ${provider}`, () => {
    useTestDatabase(provider);
    let listStories: (request: Request) => Promise<Response>;
    let getStory: Handler;
    let getQuoteGroups: Handler;
    let getExport: Handler;
    let getArticle: Handler;
    let storyOptions: () => Response;
    let first: ListBody;

    beforeAll(async () => {
      const { loadDemoCorpusIfEmpty } = await import("@/lib/ingest");
      await loadDemoCorpusIfEmpty();
      ({ GET: listStories } = await import("./route"));
      ({ GET: getStory, OPTIONS: storyOptions } = (await import("./[id]/route")) as unknown as {
        GET: Handler;
        OPTIONS: () => Response;
      });
      ({ GET: getQuoteGroups } = (await import("./[id]/quote-groups/route")) as unknown as { GET: Handler });
      ({ GET: getExport } = (await import("./[id]/export/route")) as unknown as { GET: Handler });
      ({ GET: getArticle } = (await import("../articles/[id]/route")) as unknown as { GET: Handler });
      const response = await listStories(get("/api/stories?limit=5"));
      expect(response.status).toBe(200);
      expectReadHeaders(response);
      first = (await response.json()) as ListBody;
    });

    it("lists stories in pages that follow each other through links", async () => {
      expect(first.total).toBe(12);
      expect(first.totalIsCapped).toBe(false);
      expect(first.stories).toHaveLength(5);
      expect(first.prev).toBeNull();
      expect(first.links.next).toMatch(/^http:\/\/parallax\.test\/api\/stories\?after=[\w-]+&limit=5$/);
      const ids = first.stories.map((s) => s.id);
      let next = first.links.next;
      while (next) {
        const page = (await (await listStories(new Request(next))).json()) as ListBody;
        ids.push(...page.stories.map((s) => s.id));
        next = page.links.next;
        if (!next) {
          const back = (await (await listStories(new Request(page.links.prev!))).json()) as ListBody;
          expect(back.stories.map((s) => s.id)).toEqual(ids.slice(5, 10));
        }
      }
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    });

    it("builds its links on the host the request was sent to, not the server's own address", async () => {
      const viaProxy = new Request("http://localhost:3000/api/stories?limit=5", {
        headers: {
          host: "127.0.0.1:3000",
          "x-forwarded-host": "news.example.org",
          "x-forwarded-proto": "https",
        },
      });
      const body = (await (await listStories(viaProxy)).json()) as ListBody;
      expect(body.links.next).toMatch(/^https:\/\/news\.example\.org\/api\/stories\?after=/);
      const direct = new Request("http://localhost:3000/api/stories?limit=5", {
        headers: { host: "parallax.lan:8080" },
      });
      expect(((await (await listStories(direct)).json()) as ListBody).links.next).toMatch(
        /^http:\/\/parallax\.lan:8080\/api\/stories\?after=/,
      );
    });

    it("searches, filters and sorts with the page's parameters", async () => {
      const covered = (await (
        await listStories(get("/api/stories?sort=covered&variants=1"))
      ).json()) as ListBody;
      const counts = covered.stories.map((s) => s.articleCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const story of covered.stories) expect(story.variantGroupCount).toBeGreaterThan(0);
      const title = first.stories[0]!.title;
      const found = (await (
        await listStories(get(`/api/stories?q=${encodeURIComponent(`"${title}"`)}`))
      ).json()) as ListBody;
      expect(found.stories.map((s) => s.id)).toContain(first.stories[0]!.id);
      // Each found story says why it matched; a list without a search has no match field.
      const said = (await (await listStories(get("/api/stories?q=said&multi=1"))).json()) as {
        stories: { match: { source: string; text: string; highlights: { start: number; end: number }[] } }[];
      };
      expect(said.stories.length).toBeGreaterThan(0);
      for (const { match } of said.stories) {
        expect(match.source).toMatch(/^(article|quotation|title)$/);
        expect(match.highlights.length).toBeGreaterThan(0);
        for (const h of match.highlights) expect(match.text.slice(h.start, h.end).toLowerCase()).toBe("said");
      }
      expect(first.stories[0]).not.toHaveProperty("match");
      for (const hostile of ['"', "*", "AND(", "NEAR(", "OR", "AND NOT", "Zürich 東京", "a".repeat(500)]) {
        const response = await listStories(get(`/api/stories?q=${encodeURIComponent(hostile)}`));
        expect(response.status, hostile.slice(0, 20)).toBe(200);
      }
    });

    it("answers bad parameters with 400 and the error shape", async () => {
      await expectError(await listStories(get("/api/stories?limit=500")), 400, "INVALID_INPUT");
      await expectError(await listStories(get("/api/stories?sort=oldest")), 400, "INVALID_INPUT");
      await expectError(await listStories(get("/api/stories?from=2026-13-01")), 400, "INVALID_INPUT");
      await expectError(await listStories(get("/api/stories?from=2026-02-31")), 400, "INVALID_INPUT");
      const reversed = await listStories(get("/api/stories?from=2026-03-01&to=2026-02-01"));
      expect(reversed.status).toBe(400);
      expect(((await reversed.json()) as { error: { message: string } }).error.message).toMatch(
        /"from" \(2026-03-01\) is after "to" \(2026-02-01\)/,
      );
      await expectError(await listStories(get("/api/stories?multi=maybe")), 400, "INVALID_INPUT");
      await expectError(await listStories(get("/api/stories?colour=red")), 400, "INVALID_INPUT");
      await expectError(await listStories(get(`/api/stories?q=${"a".repeat(501)}`)), 400, "INVALID_INPUT");
      await expectError(await listStories(get("/api/stories?after=forged")), 400, "INVALID_INPUT");
      await expectError(
        await listStories(get(`/api/stories?sort=covered&after=${first.next}`)),
        400,
        "INVALID_INPUT",
      );
    });

    it("serves one story and its quote groups, 404 for unknown, 400 for malformed ids", async () => {
      const id = first.stories[0]!.id;
      const response = await getStory(get(`/api/stories/${id}`), ctx(id));
      expect(response.status).toBe(200);
      expectReadHeaders(response);
      const story = (await response.json()) as {
        id: string;
        articles: { id: string }[];
        quoteGroups: unknown[];
      };
      expect(story.id).toBe(id);
      expect(story.articles.length).toBeGreaterThan(1);
      const groups = (await (
        await getQuoteGroups(get(`/api/stories/${id}/quote-groups`), ctx(id))
      ).json()) as {
        storyId: string;
        quoteGroups: { variants: unknown[] }[];
      };
      expect(groups.storyId).toBe(id);
      expect(groups.quoteGroups).toEqual(story.quoteGroups);
      await expectError(await getStory(get("/api/stories/nope"), ctx("nope")), 404, "NOT_FOUND");
      await expectError(
        await getQuoteGroups(get("/api/stories/nope/quote-groups"), ctx("nope")),
        404,
        "NOT_FOUND",
      );
      await expectError(await getStory(get("/api/stories/a%20b"), ctx("a b")), 400, "INVALID_INPUT");
      const preflight = storyOptions();
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    });

    it("serves an article, 404 for unknown", async () => {
      const id = first.stories[0]!.id;
      const story = (await (await getStory(get(`/api/stories/${id}`), ctx(id))).json()) as {
        articles: { id: string }[];
      };
      const articleId = story.articles[0]!.id;
      const response = await getArticle(get(`/api/articles/${articleId}`), ctx(articleId));
      expect(response.status).toBe(200);
      expectReadHeaders(response);
      const article = (await response.json()) as { id: string; text: string; story: { id: string } };
      expect(article.id).toBe(articleId);
      expect(article.text.length).toBeGreaterThan(100);
      expect(article.story.id).toBe(id);
      await expectError(await getArticle(get("/api/articles/nope"), ctx("nope")), 404, "NOT_FOUND");
    });

    it("exports JSON (the unchanged contract), CSV and Markdown as downloads", async () => {
      const { exportStory } = await import("@/lib/views");
      const id = first.stories.find((s) => s.variantGroupCount > 0)!.id;
      const json = await getExport(get(`/api/stories/${id}/export?format=json`), ctx(id));
      expect(json.status).toBe(200);
      expect(json.headers.get("content-type")).toMatch(/^application\/json/);
      expect(json.headers.get("content-disposition")).toBe(
        `attachment; filename="parallax-story-${id}.json"`,
      );
      expect(await json.json()).toEqual(JSON.parse(JSON.stringify(await exportStory(id))));

      const csv = await getExport(get(`/api/stories/${id}/export?format=csv`), ctx(id));
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="parallax-story-${id}.csv"`);
      const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
      const exported = await exportStory(id);
      expect(rows).toHaveLength(exported.quoteGroups.reduce((n, g) => n + g.variants.length, 0));
      for (const row of rows) {
        const article = exported.articles.find((a) => a.id === row.article_id)!;
        expect(article.text.slice(Number(row.start), Number(row.end))).toBe(
          row.quote!.replace(/^'(?=[=+\-@])/, ""),
        );
      }
      expect(rows.some((r) => r.variant_kind === "reworded" || r.variant_kind === "truncated")).toBe(true);

      const md = await getExport(get(`/api/stories/${id}/export?format=md`), ctx(id));
      expect(md.headers.get("content-type")).toMatch(/^text\/markdown/);
      const brief = await md.text();
      expect(brief.startsWith("# ")).toBe(true);
      expect(brief).toContain(`<${BASE}/stories/${id}>`);
      expect(brief).toContain("## Coverage");

      await expectError(
        await getExport(get(`/api/stories/${id}/export?format=xml`), ctx(id)),
        400,
        "INVALID_INPUT",
      );
      await expectError(
        await getExport(get("/api/stories/nope/export?format=csv"), ctx("nope")),
        404,
        "NOT_FOUND",
      );
    });

    it("exports from the command line in every format", async () => {
      const { runCli } = await import("@/lib/cli/run");
      const id = first.stories[0]!.id;
      for (const format of ["json", "csv", "md"]) {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runCli(["export", id, "--format", format], {
          out: (l) => out.push(l),
          err: (l) => err.push(l),
        });
        expect(code, err.join("\n")).toBe(0);
        const text = out.join("\n");
        if (format === "json") expect(JSON.parse(text).story.id).toBe(id);
        if (format === "csv") expect(text.startsWith("story_id,story_title,")).toBe(true);
        if (format === "md") expect(text.startsWith("# ")).toBe(true);
      }
    });
  });
}
