/**
 * A huge article sent to a running server (production build, analysis threads as deployed): the server goes on
 * answering /api/health while the article is analysed, and the article is stored (or refused in plain words).
 * The shape is the one that once froze the server: quotation marks in one paragraph. Latencies are figures,
 * not assertions here: `npm run bench:analysis-load` measures them.
 */
import { describe, expect, it } from "vitest";
import { postManyMarks } from "@/lib/testing/many-marks";
import { serveAppForThisFile } from "./harness";

const TOKEN = "analysis-load-token-0123456789abcdef";
const app = serveAppForThisFile({ PARALLAX_API_TOKEN: TOKEN });

/** Asks /api/health again as soon as it answers, until stopped; how many answers came back. */
function countHealthAnswers(): () => Promise<number> {
  let stopped = false;
  let answers = 0;
  const loop = (async () => {
    while (!stopped) {
      const response = await fetch(`${app.baseUrl}/api/health`, { headers: { connection: "close" } });
      await response.arrayBuffer();
      if (response.status === 200) answers += 1;
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return answers;
  };
}

async function ingestMarks(count: number) {
  const response = await postManyMarks(app.baseUrl, TOKEN, count);
  return { status: response.status, body: (await response.json()) as { articleId?: string } };
}

describe("analysis off the server's thread", () => {
  it(
    "answers /api/health many times while a huge article is analysed, then stores it",
    { timeout: 240_000 },
    async () => {
      expect((await ingestMarks(200)).status).toBe(201); // the analysis thread is up
      const stop = countHealthAnswers();
      // Analysing 400,000 marks takes seconds of CPU: on the server's own thread, health could not answer meanwhile.
      const { status, body } = await ingestMarks(400_000);
      const answers = await stop();
      expect(status).toBe(201);
      expect(body.articleId).toBeTruthy();
      expect(answers).toBeGreaterThan(10);
      const page = await fetch(`${app.baseUrl}/articles/${body.articleId}`);
      expect(page.status).toBe(200);
    },
  );
});
