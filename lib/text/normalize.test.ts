import { describe, expect, it } from "vitest";
import { foldForComparison, normalizeLinesAsParagraphs, normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("joins wrapped lines, separates paragraphs by one blank line and trims", () => {
    expect(normalizeText("  First line\r\nstill first.\r\n\r\n\r\n\tSecond  para \n")).toBe(
      "First line still first.\n\nSecond para",
    );
  });

  it("drops zero-width characters and soft hyphens, and composes to NFC", () => {
    expect(normalizeText("co\u00ADop\u200Beration cafe\u0301")).toBe("cooperation café");
  });

  it("drops control characters that are not whitespace", () => {
    expect(normalizeText("Tunnel\u0000 vote\u001b\u007f approved\u0008")).toBe("Tunnel vote approved");
  });

  it("returns an empty string for whitespace only", () => {
    expect(normalizeText(" \n\t\n ")).toBe("");
  });
});

describe("normalizeLinesAsParagraphs", () => {
  it("makes every non-empty line a paragraph", () => {
    expect(normalizeLinesAsParagraphs("One.\nTwo.\n\nThree.")).toBe("One.\n\nTwo.\n\nThree.");
  });
});

describe("foldForComparison", () => {
  it("lower-cases, strips accents and unifies quote marks", () => {
    expect(foldForComparison("“Café” ‘Zoë’")).toBe("\"cafe\" 'zoe'");
  });
});
