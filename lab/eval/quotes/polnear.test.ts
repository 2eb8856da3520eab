import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGoldQuotes, pickGoldAnnotationFile } from "./polnear";

describe("parseGoldQuotes", () => {
  const ann = readFileSync(new URL("./__fixtures__/tiny.ann", import.meta.url), "utf8");

  it("keeps attributions whose content has a double quote mark, bridging discontinuous spans", () => {
    expect(parseGoldQuotes(ann)).toEqual([
      { start: 11, end: 40, source: { start: 0, end: 5 } },
      // "90 100;110 120" → first to last character; no Source line → null.
      { start: 90, end: 120, source: null },
    ]);
  });

  it("ignores malformed lines and content without quote marks", () => {
    const odd = [
      "T1\tContent 5 2\t“backwards”",
      "E1\tAttribution:T9 Content:T1",
      "garbage",
      "T2\tContent x y\t“z”",
    ].join("\n");
    expect(parseGoldQuotes(odd)).toEqual([]);
  });

  it("accepts guillemets and low-9 marks as double quotes", () => {
    const guillemets = "T1\tContent 0 9\t«oui» dit\nE1\tAttribution:T2 Content:T1";
    expect(parseGoldQuotes(guillemets)).toEqual([{ start: 0, end: 9, source: null }]);
  });
});

describe("pickGoldAnnotationFile", () => {
  it("takes the alphabetically first annotator's file", () => {
    expect(pickGoldAnnotationFile(["a_ef2d.ann", "a_4e07.ann"])).toBe("a_4e07.ann");
    expect(pickGoldAnnotationFile([])).toBeNull();
  });
});
