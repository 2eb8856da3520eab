import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnCli } from "@/lib/testing/cli-process";

const scratch = mkdtempSync(path.join(tmpdir(), "parallax-cli-exit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("analysis threads in a command-line process", () => {
  it("let the command end once its work is done (an idle thread keeps no process alive)", async () => {
    const file = path.join(scratch, "wall.txt");
    writeFileSync(
      file,
      'Harbour council approves sea wall\n\nThe council voted on Tuesday to build it. "We cannot wait," said Mayor Ada Quill.\n',
    );
    // Analysis and the story's comparison both run on a thread here, as the app runs them.
    const cli = spawnCli(["ingest", file, "--outlet", "Harbour Times"], {
      DATABASE_URL: `file:${path.join(scratch, "cli.db")}`,
      PARALLAX_ANALYSIS_THREADS: "1",
    });
    const ended = await Promise.race([
      cli.exited,
      new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 60_000)),
    ]);
    if (ended === "still running") cli.child.kill("SIGKILL");
    expect(ended, cli.output()).toBe(0);
    expect(cli.output()).toMatch(/ingested: .* 1 quotations/);
  }, 90_000);
});
