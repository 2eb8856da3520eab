import { describe, expect, it } from "vitest";
import { oneLineMessage } from "./output";
import { runCli } from "./run";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

// Only paths that stop before touching the database: the pipeline tests cover the rest on both databases.
describe("runCli", () => {
  it("prints usage for no command and exits 2", async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toMatch(
      /usage: npm run parallax -- <command>[\s\S]*ingest <file\|url…>[\s\S]*import <file.jsonl/,
    );
  });

  it("names an unknown command", async () => {
    const result = await run("frobnicate");
    expect(result.code).toBe(2);
    expect(result.err[0]?.split("\n")[0]).toBe('unknown command "frobnicate"');
  });

  it("rejects bad options with one line and exit code 2", async () => {
    expect((await run("ingest")).err).toEqual([
      "error: usage: " + (await import("./commands/ingest")).ingestUsage,
    ]);
    const badDate = await run("ingest", "a.txt", "--published", "yesterday");
    expect(badDate.code).toBe(2);
    expect(badDate.err[0]).toMatch(/--published must be an ISO 8601/);
    const badUrl = await run("ingest", "a.txt", "--url", "ftp://x");
    expect(badUrl.code).toBe(2);
    expect(badUrl.err[0]).toMatch(/--url must be an http\(s\) URL/);
    const unknown = await run("ingest", "a.txt", "--colour", "red");
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/Unknown option '--colour'/);
    expect((await run("export", "abc", "--format", "xml")).err[0]).toMatch(/use json, csv, md/);
  });
});

describe("oneLineMessage", () => {
  it("keeps the first line of an ordinary message", () => {
    expect(oneLineMessage("the file is empty\nmore detail")).toBe("the file is empty");
  });

  it("takes the reason from the last line of a Prisma-style message that opens with a blank line", () => {
    const prisma =
      "\nInvalid `prisma.article.create()` invocation in\n/app/x.ts:12:3\n\n  11 \u2192 12 db.article.create(\nUnique constraint failed on the fields: (`canonicalUrl`)";
    expect(oneLineMessage(prisma)).toBe("Unique constraint failed on the fields: (`canonicalUrl`)");
  });

  it("never prints an empty line", () => {
    expect(oneLineMessage("\n\n")).toBe("unknown error");
  });
});
