import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { readOutletList, MAX_OUTLET_LIST_BYTES } from "./outlet-list";

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const read = (text: string, options: { maxRows?: number } = {}) =>
  readOutletList(new TextEncoder().encode(text), { fileName: "list.csv", slugOf, ...options });
const HEADER = "name,country,type,source,as_of";

function refusal(text: string): string {
  try {
    read(text);
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.message).toContain("nothing was stored");
    return error.message;
  }
  throw new Error("the list was accepted");
}

describe("readOutletList", () => {
  it("reads the committed example list with every fact and its source", () => {
    const bytes = readFileSync(path.join(import.meta.dirname, "__fixtures__", "outlets.csv"));
    const rows = readOutletList(bytes, { fileName: "outlets.csv", slugOf });
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({
      line: 2,
      name: "Meridian Wire",
      slug: "meridian-wire",
      domain: "meridianwire.example",
      facts: { country: "GB", languages: ["en"], type: "wire-agency" },
      source: "Register of Fictional Media (invented for Parallax's tests)",
      sourceUrl: "https://register.example/2026",
    });
    expect(rows[0]?.asOf.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(rows[3]?.facts).toEqual({ country: "US", languages: ["en", "es"], type: "state-controlled" });
    expect(rows[4]?.facts.type).toBe("public-service");
    expect(rows[4]?.facts.languages).toEqual(["en", "ga"]);
    expect(rows[5]).toMatchObject({ slug: null, sourceUrl: null });
  });

  it("takes columns in any order and case, quoted fields, CRLF and a byte-order mark", () => {
    const rows = read(
      '\uFEFFSource,AS_OF,Name,Type\r\n"Media List, 2025 ""final""",2025-01-31,"Daily ""Star""",Private\r\n',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        name: 'Daily "Star"',
        source: 'Media List, 2025 "final"',
        facts: { type: "private" },
      }),
    ]);
  });

  it("refuses unknown columns by name, and lists the columns it knows", () => {
    const message = refusal("name,country,rating,bias,source,as_of\nA,GB,5,left,S,2025-01-01\n");
    expect(message).toContain('unknown columns "rating", "bias"');
    expect(message).toContain("name, slug, domain, country, languages, type, source, source_url, as_of");
  });

  it("refuses a list without its source or date columns, or without any fact column", () => {
    expect(refusal("name,country,as_of\nA,GB,2025-01-01\n")).toContain('no "source" column');
    expect(refusal("name,country,source\nA,GB,S\n")).toContain('no "as_of" column');
    expect(refusal("name,source,as_of\nA,S,2025-01-01\n")).toContain("none of the fact columns");
    expect(refusal("name,country,country,source,as_of\n")).toContain('"country" appears twice');
  });

  it("refuses duplicate outlets: the same slug, domain or name, naming both lines", () => {
    expect(
      refusal(`${HEADER}\nThe Star,GB,private,S,2025-01-01\nthe star,GB,private,S,2025-01-01\n`),
    ).toContain("line 3: the same outlet as line 2");
    const byDomain =
      "name,domain,country,source,as_of\nA,a.example,GB,S,2025-01-01\nB,www.a.example,FR,S,2025-01-01\n";
    expect(refusal(byDomain)).toContain("line 3: the same outlet as line 2");
    const bySlug = "name,slug,country,source,as_of\nA,star,GB,S,2025-01-01\nB,star,FR,S,2025-01-01\n";
    expect(refusal(bySlug)).toContain("line 3: the same outlet as line 2");
  });

  it("reports every bad row at once, with its line and what is wrong", () => {
    const message = refusal(
      [
        "name,country,languages,type,source,source_url,as_of",
        "A,XX,en,private,S,,2025-01-01",
        "B,GB,english,private,S,,2025-01-01",
        "C,GB,en,state owned,S,,2025-02-30",
        "D,GB,en,private,,javascript:alert(1),2025-01-01",
        "E,GB,en,private,S,,2025-01-01,extra",
        ",,,,S,,2025-01-01",
      ].join("\n"),
    );
    expect(message).toContain("6 problems");
    expect(message).toContain('line 2: country "XX" is not an ISO 3166-1 alpha-2 code');
    expect(message).toContain('line 3: languages "english" are not language codes');
    expect(message).toContain('line 4: type "state owned" is not one of state-controlled');
    expect(message).toContain('as_of "2025-02-30" is not a day');
    expect(message).toContain("line 5: no source");
    expect(message).toContain("source_url is not an http(s) address");
    expect(message).toContain("line 6: 8 fields where the header has 7");
    expect(message).toContain("line 7: no name");
  });

  it("refuses a file over the size limit before reading it, and too many rows", () => {
    const big = new Uint8Array(10 * 1024 * 1024);
    expect(() => readOutletList(big, { fileName: "big.csv", slugOf })).toThrow(
      /big\.csv was not imported \(nothing was stored\): it is 10\.0 MB, and an outlet list may be at most 2\.0 MB/,
    );
    expect(MAX_OUTLET_LIST_BYTES).toBeLessThan(10 * 1024 * 1024);
    const rows = Array.from({ length: 4 }, (_, i) => `Outlet ${i},GB,private,S,2025-01-01`);
    expect(() => read([HEADER, ...rows].join("\n"), { maxRows: 3 })).toThrow(/lists 4 outlets; at most 3/);
  });

  it("refuses what is not CSV text: another encoding, an unclosed quote, an empty file", () => {
    expect(() => readOutletList(new Uint8Array([0x6e, 0xff, 0xfe]), { fileName: "x.csv", slugOf })).toThrow(
      /not UTF-8 text/,
    );
    expect(refusal(`${HEADER}\n"A,GB,private,S,2025-01-01\n`)).toContain(
      "line 2: a quoted field is never closed",
    );
    expect(refusal("")).toContain("it is empty");
    expect(refusal(`${HEADER}\n`)).toContain("no outlets");
  });
});
