import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { extractArticle, prepareExtraction } from "./index";

const fixture = (name: string): string => readFileSync(path.join(__dirname, "__fixtures__", name), "utf8");

describe("prepareExtraction", () => {
  it("gives what extractArticle gives, page read once, under any parameters", () => {
    for (const name of ["bbc-like.html", "guardian-like.html", "inline-furniture.html", "copied-page.txt"]) {
      const input = { content: fixture(name), format: "auto" as const, url: "https://example.com/a" };
      const extract = prepareExtraction(input);
      expect(extract()).toEqual(extractArticle(input));
      const loose = { teaserLinkDensity: 0.9, endMarkerWeightHtml: -10 };
      expect(extract(loose)).toEqual(extractArticle(input, { parameters: loose }));
      // A prepared page answers again the same way.
      expect(extract()).toEqual(extractArticle(input));
    }
  });

  it("throws for unreadable content at once and for a missing article when asked", () => {
    expect(() => prepareExtraction({ content: "\u0000\u0001\u0002binary", format: "auto" })).toThrow(
      AppError,
    );
    const extract = prepareExtraction({
      content: "<html><body><p>Too short.</p></body></html>",
      format: "html",
    });
    expect(() => extract()).toThrow(AppError);
  });
});
