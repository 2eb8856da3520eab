import { describe, expect, it } from "vitest";
import type { ExtractedArticle } from "@/lib/extract";
import { crossValidateExtraction, extractGrid, siteOf } from "./folds";

describe("extraction cross-validation", () => {
  it("groups pages by host name", () => {
    expect(siteOf("https://www.example.com/a", "p1")).toBe("example.com");
    expect(siteOf(null, "p1")).toBe("p1");
    expect(siteOf("not a url", "p1")).toBe("p1");
  });

  it("keeps the committed setting first and scores every page once", () => {
    expect(extractGrid()[0]).toEqual({});
    const page = (id: string, site: string, body: string) => ({
      id,
      site,
      truth: "one two three four five six",
      extract: (): ExtractedArticle => ({
        title: null,
        byline: null,
        publishedAt: null,
        modifiedAt: null,
        siteName: null,
        canonicalUrl: null,
        language: null,
        text: body,
        removed: [],
      }),
    });
    const result = crossValidateExtraction(
      [page("a", "x.com", "one two three four five six"), page("b", "y.com", "seven eight nine ten")],
      2,
    );
    expect(result.chosen).toEqual([{}, {}]);
    expect(result.figures.pages).toBe(2);
    expect(result.figures.f1).toBeCloseTo(0.5);
  });
});
