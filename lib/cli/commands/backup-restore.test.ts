import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { articlePage, storyParagraphs } from "@/lib/ingest/__fixtures__/pages";
import { useTestDatabase } from "@/lib/testing/databases";
import type { CliIo } from "../output";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { cli, out, err };
}

describe("backup and restore of the SQLite database", () => {
  const database = useTestDatabase("sqlite");
  let run: (argv: string[], io: CliIo) => Promise<number>;
  let dbFile: string;
  let folder: string;

  async function ingest(title: string, topic: string): Promise<void> {
    const { ingestDocument } = await import("@/lib/ingest");
    await ingestDocument({
      content: articlePage({ title, paragraphs: storyParagraphs(topic) }),
      format: "html",
      outlet: "Backup Test",
      url: `https://news.example/${topic}`,
    });
  }

  async function articleCount(): Promise<number> {
    const { countArticles, getDb } = await import("@/lib/db");
    return countArticles(await getDb());
  }

  beforeAll(async () => {
    ({ runCli: run } = await import("../run"));
    dbFile = database.current().url.replace(/^file:/, "");
    folder = path.dirname(dbFile);
    await ingest("Flood waters rise in the valley", "flood");
  });

  it("backs up online to a file that holds the same articles, refusing to overwrite one", async () => {
    const backup = path.join(folder, "backups", "one.db");
    const first = io();
    expect(await run(["backup", backup], first.cli)).toBe(0);
    expect(first.out[0]).toMatch(/^backed up .* to .*one\.db: 1 articles, 1 stories/);
    const copy = new Database(backup, { readonly: true });
    expect((copy.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n).toBe(1);
    copy.close();
    const again = io();
    expect(await run(["backup", backup], again.cli)).toBe(1);
    expect(again.err[0]).toBe(`error: ${backup} exists: choose another name or pass --force`);
    expect(await run(["backup", backup, "--force"], io().cli)).toBe(0);
    expect(readdirSync(path.dirname(backup))).toEqual(["one.db"]); // no partial files left behind
  });

  it("refuses to restore what is not a Parallax database, keeping the current one", async () => {
    await ingest("Election results delayed by recount", "election");
    expect(await articleCount()).toBe(2);
    const text = path.join(folder, "notes.txt");
    writeFileSync(text, "not a database at all");
    const other = path.join(folder, "other.db");
    const foreign = new Database(other);
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    foreign.close();
    const cases: [string, string][] = [
      [text, `error: ${text} is not a SQLite database`],
      [
        other,
        `error: ${other} is not a Parallax database (it has no _prisma_migrations, Article, Story, Outlet tables)`,
      ],
      [path.join(folder, "missing.db"), `error: there is no backup at ${path.join(folder, "missing.db")}`],
    ];
    for (const [file, message] of cases) {
      const attempt = io();
      expect(await run(["restore", file], attempt.cli)).toBe(1);
      expect(attempt.err).toEqual([message]);
    }
    expect(await articleCount()).toBe(2);
  });

  it("restores a backup in place of the current database, keeping the replaced one beside it", async () => {
    const backup = path.join(folder, "backups", "one.db");
    const restore = io();
    expect(await run(["restore", backup], restore.cli)).toBe(0);
    expect(restore.out[0]).toBe(`restored ${backup} to ${dbFile}: 1 articles, 1 stories`);
    const previous = /kept as (.*)$/.exec(restore.out[1] ?? "")?.[1];
    expect(previous && existsSync(previous)).toBe(true);
    expect(await articleCount()).toBe(1);
    const kept = new Database(previous!, { readonly: true });
    expect((kept.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n).toBe(2);
    kept.close();
    expect(readdirSync(folder).filter((name) => name.includes(".restoring-"))).toEqual([]);
  });

  it("explains usage", async () => {
    const attempt = io();
    expect(await run(["backup"], attempt.cli)).toBe(2);
    expect(attempt.err[0]).toMatch(/^error: usage: backup <file>/);
  });
});
