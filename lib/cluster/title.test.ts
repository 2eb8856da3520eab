import { describe, expect, it } from "vitest";
import { storyTitle } from "./title";

describe("storyTitle", () => {
  it("picks the headline sharing most words with the others", () => {
    expect(
      storyTitle([
        { title: "Man killed in shooting on Oak Street", publishedAt: "2016-01-02" },
        { title: "Police name man killed in Oak Street shooting", publishedAt: "2016-01-03" },
        { title: "Vigil held for victim", publishedAt: "2016-01-01" },
      ]),
    ).toBe("Man killed in shooting on Oak Street");
  });

  it("breaks ties by earliest date, then shorter, then text order, whatever the input order", () => {
    const titles = [
      { title: "Putin threatens to strike Western troops in Ukraine", publishedAt: "2025-09-05T09:00:00Z" },
      { title: "Vladimir Putin has revealed the circumstance …", publishedAt: null },
    ];
    expect(storyTitle(titles)).toBe(titles[0]?.title);
    expect(storyTitle([...titles].reverse())).toBe(titles[0]?.title);
    expect(
      storyTitle([
        { title: "B title", publishedAt: null },
        { title: "A title", publishedAt: null },
      ]),
    ).toBe("A title");
  });

  it("drops site branding and skips empty titles", () => {
    expect(
      storyTitle([{ title: "4 Shot At New Year’s Eve Party « CBS Pittsburgh", publishedAt: null }]),
    ).toBe("4 Shot At New Year’s Eve Party");
    expect(
      storyTitle([
        { title: "  ", publishedAt: null },
        { title: "Only one | Site", publishedAt: null },
      ]),
    ).toBe("Only one");
    expect(storyTitle([])).toBe("");
  });
});
