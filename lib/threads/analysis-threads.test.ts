import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ANALYSIS_WORKER_ENTRY, startAnalysisThreads, type AnalysisThreads } from "./analysis-threads";
import { prepareArticle } from "@/lib/ingest/prepare-article";

const ARTICLE = [
  "Harbour Council approves new sea wall",
  "",
  'The council voted 7-2 on Tuesday to build the wall. "We cannot wait for the next storm," said Mayor Ada Quill.',
  "Opponents said the cost was too high.",
].join("\n");

/** Quotation marks in one paragraph: the shape that once made attribution quadratic. */
const marks = (count: number) => `Title\n\n${'"a" '.repeat(count / 2)}`;

let threads: AnalysisThreads | null = null;
afterEach(async () => {
  await threads?.close();
  threads = null;
});

describe("analysis threads", () => {
  it("give what inline analysis gives", async () => {
    threads = startAnalysisThreads({ threads: 1, timeoutMs: 60_000, entry: ANALYSIS_WORKER_ENTRY });
    const request = { content: ARTICLE, format: "text" as const, outlet: "Harbour Times" };
    expect(await threads.prepare(request)).toEqual(prepareArticle(request));
  }, 60_000);

  it("keep the calling thread answering while a huge document is analysed", async () => {
    threads = startAnalysisThreads({ threads: 1, timeoutMs: 60_000, entry: ANALYSIS_WORKER_ENTRY });
    await threads.prepare({ content: ARTICLE, format: "text" }); // the thread is up
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const prepared = await threads.prepare({ content: marks(200_000), format: "text" });
    const tookMs = performance.now() - started;
    clearInterval(ticker);
    expect(prepared.text.length).toBeGreaterThan(300_000);
    // Inline, the analysis would block this thread for all of tookMs.
    expect(tookMs).toBeGreaterThan(200);
    expect(longestGap).toBeLessThan(150);
  }, 120_000);

  it("refuse a document that runs past its time in plain words, and go on with a fresh thread", async () => {
    // The limit counts analysis only, not a thread's start-up: the first small document passes.
    threads = startAnalysisThreads({ threads: 1, timeoutMs: 300, entry: ANALYSIS_WORKER_ENTRY });
    expect((await threads.prepare({ content: ARTICLE, format: "text" })).title).toBeTruthy();
    const refused = await threads
      .prepare({ content: marks(400_000), format: "text" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("UNPROCESSABLE");
    expect((refused as AppError).message).toMatch(/took longer than .* to analyse/);
    expect((await threads.prepare({ content: ARTICLE, format: "text" })).title).toBeTruthy();
  }, 120_000);

  it("bring a refusal back as the same AppError", async () => {
    threads = startAnalysisThreads({ threads: 1, timeoutMs: 60_000, entry: ANALYSIS_WORKER_ENTRY });
    const refused = await threads
      .prepare({ content: ARTICLE, format: "text", publishedAt: "31 February" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("INVALID_INPUT");
  }, 60_000);

  it("analyse inline when asked for no threads", async () => {
    threads = startAnalysisThreads({ threads: 0, timeoutMs: 1, entry: "/nowhere.ts" });
    const request = { content: ARTICLE, format: "text" as const };
    expect(await threads.prepare(request)).toEqual(prepareArticle(request));
  });
});
