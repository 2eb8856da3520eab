import { describe, expect, it } from "vitest";
import { awkwardStory } from "../__fixtures__/story-detail";
import { briefDate, mdDiff, mdText, storyMarkdown } from "./export-markdown";

const comparison = {
  articles: awkwardStory.articles.slice(0, 2).map((a) => ({ ...a, text: "", quotations: [] })),
  alignment: [
    {
      key: "r1",
      sentences: [
        { articleId: "a1", text: "The strike cost 4 million.", start: 0, end: 26 },
        { articleId: "a2", text: "The strike cost four million.", start: 0, end: 29 },
      ],
      missingFrom: [],
      figures: [],
    },
    {
      key: "r2",
      sentences: [{ articleId: "a1", text: "Only the wire says this.", start: 30, end: 54 }],
      missingFrom: ["a2"],
      figures: [],
    },
  ],
};

describe("Markdown brief", () => {
  it("escapes Markdown syntax and flattens line breaks", () => {
    expect(mdText("a *b* _c_ [d](e) | f\n\n# g")).toBe("a \\*b\\* \\_c\\_ \\[d\\](e) \\| f \\# g");
  });

  it("marks removed and added words inline", () => {
    expect(
      mdDiff([
        [-1, "If any"],
        [1, "So, if"],
        [0, " ships arrive"],
      ]),
    ).toBe("~~If any~~**So, if** ships arrive");
    expect(
      mdDiff([
        [0, "we will"],
        [-1, " go"],
        [0, " now"],
      ]),
    ).toBe("we will ~~go~~ now");
  });

  it("dates in UTC, and says when there is none", () => {
    expect(briefDate("2026-02-10T09:15:00.000Z")).toBe("10 Feb 2026, 09:15 UTC");
    expect(briefDate(null)).toBe("undated");
  });

  it("writes headline, coverage, differing quotations, single-outlet quotes and omissions", () => {
    const md = storyMarkdown({
      story: awkwardStory,
      comparison,
      storyUrl: "https://parallax.example/stories/story1",
    });
    expect(md.startsWith('# Port "deal" agreed, strike \\| ends \\*today\\*\n')).toBe(true);
    expect(md).toContain("3 articles from 3 outlets, 10 Feb 2026, 09:15 UTC to 11 Feb 2026, 18:00 UTC.");
    expect(md).toContain("2 independent sources");
    expect(md).toContain("<https://parallax.example/stories/story1>");
    expect(md).toContain(
      "- **Meridian Wire**, 10 Feb 2026, 09:15 UTC: [Strike ends, says union](<https://wire.example/strike>)",
    );
    expect(md).toContain("- **The Harbour Daily**, 11 Feb 2026, 18:00 UTC: Dockers back to work");
    expect(md).toContain(
      "- **Copy Times**, undated: [Copy of the wire](<https://copy.example/x>) (copies Meridian Wire)",
    );
    expect(md).toContain("### 1. Ana Ruiz");
    expect(md).toContain(
      '- **Meridian Wire** (reference): “If any ships arrive, "we" will unload them, all of them”',
    );
    expect(md).toContain(
      '- **The Harbour Daily** (reworded): “~~If any~~**So, if** ships arrive, "we" will unload them~~, all of them~~”',
    );
    expect(md).toContain("## Quoted by one outlet only");
    expect(md).toContain("- **Meridian Wire**: “=SUM(A1:A9) is \\*not\\* a \\[link\\]”");
    expect(md).toContain("## Omissions");
    // Only sentences several outlets carry count as someone's omission; r2 is one outlet's extra.
    expect(md).toContain("None: what several report, all report.");
    expect(md).not.toMatch(/\n{3,}/);
  });

  it("lists omissions carried by several outlets, most widely carried first", () => {
    const three = {
      articles: awkwardStory.articles.map((a) => ({ ...a, text: "", quotations: [] })),
      alignment: [
        {
          key: "r1",
          sentences: [
            { articleId: "a1", text: "Ten ships wait offshore.", start: 0, end: 1 },
            { articleId: "a3", text: "Ten ships wait offshore.", start: 0, end: 1 },
          ],
          missingFrom: ["a2"],
          figures: [],
        },
      ],
    };
    const md = storyMarkdown({ story: awkwardStory, comparison: three, storyUrl: null });
    expect(md).toContain(
      "- “Ten ships wait offshore.” (Meridian Wire, Copy Times); left out by The Harbour Daily",
    );
    expect(md).not.toContain("Side-by-side comparison");
    expect(md).not.toContain("## Figures worded differently");
  });

  it("lists figures the compared reports word differently, with the sentence", () => {
    const figures = {
      ...comparison,
      alignment: comparison.alignment.map((row) =>
        row.key === "r1"
          ? {
              ...row,
              figures: [{ fromArticleId: "a1", toArticleId: "a2", from: "4 million", to: "four million" }],
            }
          : row,
      ),
    };
    const md = storyMarkdown({ story: awkwardStory, comparison: figures, storyUrl: null });
    expect(md).toContain(
      "## Figures worded differently\n\n- **Meridian Wire** “4 million”, **The Harbour Daily** “four million” (in “The strike cost 4 million.”)\n",
    );
    expect(md.indexOf("## Figures worded differently")).toBeGreaterThan(md.indexOf("## Omissions"));
  });

  it("writes no raw HTML or broken link, whatever outlets, headlines and addresses hold", () => {
    const hostile = "Hostile <img src=x onerror=alert(1)> News";
    const story = {
      ...awkwardStory,
      title: `<script>alert(1)</script> ${hostile}`,
      articles: awkwardStory.articles.map((a, i) => ({
        ...a,
        outlet: { ...a.outlet, name: `${hostile} ${i}` },
        url: i === 0 ? "https://wire.example/a>b <img src=x onerror=alert(2)>" : a.url,
      })),
    };
    const md = storyMarkdown({
      story,
      comparison: {
        ...comparison,
        articles: comparison.articles.map((a, i) => ({
          ...a,
          outlet: { ...a.outlet, name: `${hostile} ${i}` },
        })),
        alignment: [{ ...comparison.alignment[0]!, missingFrom: ["a2"] }],
      },
      storyUrl: "https://parallax.example/stories/x> <svg onload=alert(3)>",
    });
    // Link destinations are <…> with nothing that ends or breaks them inside.
    const destinations = [...md.matchAll(/\]\(<([^>\n]*)>\)|: <([^>\n]*)>/g)].map((m) => m[1] ?? m[2] ?? "");
    expect(destinations.length).toBeGreaterThanOrEqual(2);
    for (const destination of destinations) expect(destination).toMatch(/^https:\/\/[^\s<>]+$/);
    const rest = md.replace(/\]\(<[^>\n]*>\)|: <[^>\n]*>/g, "").replace(/\\[<>]/g, "");
    expect(rest).not.toMatch(/[<>]/);
    expect(md).toContain("Among Hostile \\<img src=x onerror=alert(1)\\> News 0");
  });

  it("says so when every shared quotation is worded the same", () => {
    const identical = {
      ...awkwardStory,
      quoteGroups: awkwardStory.quoteGroups.map((g) => ({
        ...g,
        diffs: g.diffs.map((d) => ({ ...d, kind: "identical" as const })),
      })),
    };
    const md = storyMarkdown({ story: identical, comparison: null, storyUrl: null });
    expect(md).toContain("Every quotation carried by several outlets uses the same words (1).");
    expect(md).not.toContain("## Omissions");
  });
});
