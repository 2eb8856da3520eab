import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";

const TOKEN = "test-token-0123456789abcdef";

type Post = (request: Request) => Promise<Response>;

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/articles", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const html = (title: string, topic: string) => articlePage({ title, paragraphs: storyParagraphs(topic) });

/** POST /api/articles on a fresh database: token, single and batch bodies, one error shape. */
export function describeArticlesApi(provider: TestProvider): void {
  describe(`POST /api/articles on ${provider}`, () => {
    useTestDatabase(provider, { PARALLAX_API_TOKEN: TOKEN });
    let POST: Post;

    beforeAll(async () => {
      ({ POST } = await import("./route"));
    });

    afterAll(async () => {});

    it("refuses a missing or wrong token with 401 and the error shape", async () => {
      const missing = await POST(post({ html: "x" }, { authorization: "" }));
      expect(missing.status).toBe(401);
      expect(missing.headers.get("www-authenticate")).toBe("Bearer");
      expect(await missing.json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });
      const wrong = await POST(post({ html: "x" }, { authorization: "Bearer not-the-token-at-all" }));
      expect(wrong.status).toBe(401);
    });

    it("stores one article (201), then answers 200 duplicate for the same one", async () => {
      const body = {
        html: html("Harbour bridge vote delayed", "harbour bridge"),
        url: "https://harbour.example/bridge",
      };
      const created = await POST(post(body));
      expect(created.status).toBe(201);
      const json = (await created.json()) as { status: string; articleId: string; version: number };
      expect(json).toMatchObject({ status: "created", version: 1 });
      const again = await POST(post(body));
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ status: "duplicate", articleId: json.articleId });
    });

    it("takes a batch and answers per item, in order, with errors in the same shape", async () => {
      const response = await POST(
        post({
          articles: [
            { html: html("Ferry strike ends", "ferry strike"), outlet: "Coast FM" },
            { text: "" },
            { html: "<html><body><nav>Home</nav></body></html>" },
            { url: "javascript:alert(1)" },
          ],
        }),
      );
      expect(response.status).toBe(200);
      const json = (await response.json()) as {
        results: { index: number; status?: string; error?: { code: string; message: string } }[];
        summary: Record<string, number>;
      };
      expect(json.results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
      expect(json.results[0]).toMatchObject({ status: "created" });
      expect(json.results[1]?.error?.code).toBe("INVALID_INPUT");
      expect(json.results[2]?.error).toMatchObject({
        code: "UNPROCESSABLE",
        message: expect.stringMatching(/No article text/),
      });
      expect(json.results[3]?.error?.message).toMatch(/http\(s\)/);
      expect(json.summary).toEqual({ created: 1, updated: 0, duplicates: 0, failed: 3 });
    });

    it("maps a single article's failure to its status", async () => {
      const response = await POST(post({ html: "<html><body></body></html>" }));
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("UNPROCESSABLE");
    });

    it("refuses bodies that are not JSON, not articles, or too many", async () => {
      expect((await POST(post("{oops"))).status).toBe(400);
      expect((await POST(post({ html: "x" }, { "content-type": "text/plain" }))).status).toBe(415);
      expect((await POST(post([]))).status).toBe(400);
      expect((await POST(post(Array.from({ length: 101 }, () => ({ text: "x" }))))).status).toBe(400);
      expect((await POST(post({ html: "x", unexpected: true }))).status).toBe(400);
    });
  });
}
