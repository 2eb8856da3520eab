import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/databases";
import type { CliIo } from "../output";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { cli, out, err };
}

/** `parallax jobs` on SQLite: queueing pages once each, counts, dead letters with their error, and retrying one. */
describe("the jobs command", () => {
  useTestDatabase("sqlite", { PARALLAX_JOB_ATTEMPTS: "1" });
  let run: (argv: string[], io: CliIo) => Promise<number>;

  beforeAll(async () => {
    ({ runCli: run } = await import("../run"));
  });

  it("queues each page once and counts it", async () => {
    const queued = io();
    expect(
      await run(["jobs", "enqueue", "https://news.example/a", "https://news.example/a#top"], queued.cli),
    ).toBe(0);
    expect(queued.out).toEqual(["queued 1 pages (1 already queued)"]);
    const listed = io();
    expect(await run(["jobs"], listed.cli)).toBe(0);
    expect(listed.out[0]).toBe("sqlite: 1 queued, 0 running, 0 dead");
  });

  it("lists a dead letter with its error and queues it again on request", async () => {
    const jobs = await import("@/lib/jobs");
    const queue = await jobs.getQueue();
    const job = await queue.fetch(["ingest-url"], "test-worker");
    await queue.fail(job!, "test-worker", "upstream answered 503");
    const listed = io();
    expect(await run(["jobs", "--json"], listed.cli)).toBe(0);
    const report = JSON.parse(listed.out.join("\n")) as {
      dead: number;
      deadLetters: { id: string; error: string }[];
    };
    expect(report.dead).toBe(1);
    expect(report.deadLetters[0]?.error).toBe("upstream answered 503");
    const retried = io();
    expect(await run(["jobs", "retry", report.deadLetters[0]!.id], retried.cli)).toBe(0);
    expect((await queue.stats()).queued).toBe(1);
    const missing = io();
    expect(await run(["jobs", "retry", "no-such-job"], missing.cli)).toBe(1);
    expect(missing.err.join(" ")).toMatch(/No dead letter/);
    expect(await run(["jobs", "frobnicate"], io().cli)).toBe(2);
  });
});
