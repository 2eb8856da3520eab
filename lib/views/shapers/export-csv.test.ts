import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { awkwardStory } from "../__fixtures__/story-detail";
import { CSV_COLUMNS, changeSummary, csvField, storyCsv } from "./export-csv";

describe("CSV export", () => {
  it("quotes fields per RFC 4180 only when needed", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(null)).toBe("");
    expect(csvField(12)).toBe("12");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(true)).toBe("true");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+44 20")).toBe("'+44 20");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("-2,3")).toBe(`"'-2,3"`);
  });

  it("writes one row per quote variant that parses back to the same values", () => {
    const text = storyCsv(awkwardStory);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const [reference, variant, single] = rows;
    expect(reference).toMatchObject({
      story_title: awkwardStory.title,
      group_number: "1",
      speaker: "Ana Ruiz",
      group_size: "2",
      is_reference: "true",
      variant_kind: "reference",
      outlet: "Meridian Wire",
      article_url: "https://wire.example/strike",
      quote: 'If any ships arrive, "we" will unload them,\nall of them',
      changes_from_reference: "",
    });
    expect(variant).toMatchObject({
      is_reference: "false",
      variant_kind: "reworded",
      article_title: "Dockers back to work",
      article_url: "",
      start: "5",
      end: "47",
      changes_from_reference: "[-If any] [+So, if] [-,\nall of them]",
    });
    expect(single).toMatchObject({
      group_number: "2",
      speaker: "",
      group_size: "1",
      quote: "'=SUM(A1:A9) is *not* a [link]",
    });
  });

  it("summarises a word diff in reading order", () => {
    expect(
      changeSummary([
        [0, "a "],
        [-1, "b"],
        [1, "c "],
        [0, "d"],
      ]),
    ).toBe("[-b] [+c]");
    expect(changeSummary([[0, "same"]])).toBe("");
  });

  it("has a header even for a story without quotations", () => {
    expect(storyCsv({ ...awkwardStory, quoteGroups: [] })).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});
