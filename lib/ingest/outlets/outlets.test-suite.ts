import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { runCliForTest } from "@/lib/testing/run-cli";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";

const EXAMPLE = path.join(process.cwd(), "lib", "outlets", "__fixtures__", "outlets.csv");

const cli = runCliForTest;

function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "parallax-outlets-")), name);
  writeFileSync(file, content);
  return file;
}

/** Everything the profile tables hold, to compare before and after a refused import. */
async function profileSnapshot() {
  const { getDb } = await import("@/lib/db");
  const db = await getDb();
  const outlets = await db.outlet.findMany({
    orderBy: { slug: "asc" },
    select: { slug: true, country: true, languages: true, ownershipType: true },
  });
  const facts = await db.outletFact.findMany({ orderBy: [{ outletId: "asc" }, { kind: "asc" }] });
  return { outlets, facts, audits: await db.auditLog.count() };
}

/**
 * Outlet profiles on a database holding the demo corpus: `parallax outlets import` loads the committed example
 * list in one transaction (or nothing of a bad one), an editor's edit is audited, and the story list filters
 * and describes coverage by the recorded facts.
 */
export function describeOutletProfiles(provider: TestProvider): void {
  describe(`outlet profiles (${provider})`, () => {
    useTestDatabase(provider);
    beforeAll(async () => {
      const { loadDemoCorpusIfEmpty } = await import("@/lib/ingest");
      expect(await loadDemoCorpusIfEmpty()).toBeGreaterThan(0);
    });

    it("imports the example list: every fact with its source and date, one audit row", async () => {
      const { code, out } = await cli("outlets", "import", EXAMPLE);
      expect(out).toBe(
        `imported outlets.csv: 6 outlets (1 new, 5 updated) from "Register of Fictional Media (invented for Parallax's tests)"`,
      );
      expect(code).toBe(0);
      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      const clarion = await db.outlet.findUniqueOrThrow({
        where: { slug: "the-evening-clarion" },
        include: { facts: { orderBy: { kind: "asc" } } },
      });
      expect(clarion).toMatchObject({ country: "US", languages: "en es", ownershipType: "state-controlled" });
      expect(clarion.facts.map((f) => f.kind)).toEqual(["country", "languages", "type"]);
      expect(clarion.facts[0]).toMatchObject({
        source: "Register of Fictional Media (invented for Parallax's tests)",
        sourceUrl: "https://register.example/2026",
        asOf: new Date("2026-11-01T00:00:00Z"),
        recordedBy: "cli (import: outlets.csv)",
      });
      // A listed outlet Parallax had no article from is created, found by its name's slug next time.
      expect(await db.outlet.findUnique({ where: { slug: "kestria-broadcasting" } })).toMatchObject({
        domain: "kestria-broadcasting.example",
        ownershipType: "state-funded",
      });
      const audit = await db.auditLog.findMany({ where: { action: "outlet.import" } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor: "cli", targetId: "outlets.csv" });
    });

    it("imports the same list again as updates, creating nothing", async () => {
      const { code, out } = await cli("outlets", "import", EXAMPLE, "--json");
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ rows: 6, created: 0, updated: 6 });
    });

    it("refuses bad lists whole: unknown columns, duplicates, 10 MB, a duplicate only the database sees", async () => {
      const before = await profileSnapshot();
      const files = {
        unknown: tempFile(
          "ratings.csv",
          "name,type,trust_score,source,as_of\nMeridian Wire,private,9,S,2026-01-01\n",
        ),
        duplicate: tempFile(
          "dupes.csv",
          "name,country,source,as_of\nThe Harbour Daily,FR,S,2026-01-01\nthe harbour daily,DE,S,2026-01-01\n",
        ),
        huge: tempFile("huge.csv", new Uint8Array(10 * 1024 * 1024).fill(0x61)),
        // Line 2 names Meridian Wire by slug, line 3 by its stored domain under another name: the rows differ,
        // the outlet does not. Line 2's facts were written before line 3 was read, and must not stay.
        stored: tempFile(
          "stored.csv",
          "name,slug,domain,country,source,as_of\nMeridian Wire,meridian-wire,,FR,S,2026-01-01\nMW Newswire,,meridianwire.example,DE,S,2026-01-01\n",
        ),
      };
      const unknown = await cli("outlets", "import", files.unknown);
      expect(unknown).toEqual({
        code: 1,
        out: expect.stringContaining(
          'ratings.csv was not imported (nothing was stored): unknown column "trust_score"',
        ),
      });
      const duplicate = await cli("outlets", "import", files.duplicate);
      expect(duplicate.out).toContain("line 3: the same outlet as line 2");
      const huge = await cli("outlets", "import", files.huge);
      expect(huge).toEqual({
        code: 1,
        out: "error: huge.csv was not imported (nothing was stored): it is 10.0 MB, and an outlet list may be at most 2.0 MB. Split it into several files.",
      });
      const stored = await cli("outlets", "import", files.stored);
      expect(stored.code).toBe(1);
      expect(stored.out).toContain("line 3 names the same stored outlet as line 2");
      expect(await profileSnapshot()).toEqual(before);
    });

    it("records an editor's edit with its source, audits it, and clears a fact with its source", async () => {
      const { editOutletFact } = await import("@/lib/ingest");
      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      const asOf = new Date("2026-12-01T00:00:00Z");
      await editOutletFact({
        slug: "the-harbour-daily",
        kind: "type",
        value: "non-profit",
        source: "Harbour Trust annual report 2026",
        sourceUrl: "https://harbourdaily.example/trust",
        asOf,
        actor: "Ada",
      });
      const outlet = await db.outlet.findUniqueOrThrow({
        where: { slug: "the-harbour-daily" },
        include: { facts: true },
      });
      expect(outlet.ownershipType).toBe("non-profit");
      expect(outlet.facts.find((f) => f.kind === "type")).toMatchObject({
        source: "Harbour Trust annual report 2026",
        recordedBy: "Ada",
        asOf,
      });
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "outlet.fact" } });
      expect(audit).toMatchObject({ actor: "Ada", targetType: "outlet", targetId: "the-harbour-daily" });
      expect(audit.details).toMatchObject({ kind: "type", before: "private", after: "non-profit" });

      await editOutletFact({
        slug: "the-harbour-daily",
        kind: "type",
        value: null,
        source: "",
        sourceUrl: null,
        asOf,
        actor: "Ada",
      });
      const cleared = await db.outlet.findUniqueOrThrow({
        where: { slug: "the-harbour-daily" },
        include: { facts: true },
      });
      expect(cleared.ownershipType).toBeNull();
      expect(cleared.facts.map((f) => f.kind).sort()).toEqual(["country", "languages"]);
      await expectAppError(
        editOutletFact({
          slug: "no-such-outlet",
          kind: "country",
          value: "GB",
          source: "S",
          sourceUrl: null,
          asOf,
          actor: "Ada",
        }),
        "NOT_FOUND",
        "no such outlet",
      );
    });

    it("filters the story list by country and type and describes each story's coverage", async () => {
      const { searchStories, parseStoryListQuery, getOutletProfile } = await import("@/lib/views");
      const all = await searchStories(parseStoryListQuery({ limit: "100" }, "strict"));
      const us = await searchStories(parseStoryListQuery({ country: "us", limit: "100" }, "strict"));
      const state = await searchStories(
        parseStoryListQuery({ type: "state-controlled", limit: "100" }, "strict"),
      );
      expect(us.items.length).toBeGreaterThan(0);
      expect(us.items.length).toBeLessThan(all.items.length);
      for (const story of us.items)
        expect(story.outlets.some((o) => o === "The Capital Ledger" || o === "The Evening Clarion")).toBe(
          true,
        );
      expect(state.items.length).toBeGreaterThan(0);
      for (const story of state.items) {
        expect(story.outlets).toContain("The Evening Clarion");
        expect(story.coverage).toMatch(/^\d+ outlets? from \d+ countr(y|ies), .*1 state-controlled/);
      }
      expect(() => parseStoryListQuery({ type: "biased" }, "strict")).toThrow(/Parameter "type": one of/);
      const profile = await getOutletProfile("the-evening-clarion");
      expect(profile).toMatchObject({ name: "The Evening Clarion", country: "US", languages: ["en", "es"] });
      expect(profile?.facts.type).toMatchObject({ value: "state-controlled", asOf: "2026-11-01" });
      expect(profile?.stories.length).toBeGreaterThan(0);
    });
  });
}
