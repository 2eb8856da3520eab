import { describe, expect, it } from "vitest";
import { storyHeadline, storyTitle } from "./title";

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

  it("prefers a neutral headline among the nearly central ones, and says whose it is", () => {
    const members = [
      {
        title: "Liberals fume as Senate Democrats and Schumer agree shutdown deal with Republicans",
        publishedAt: null,
        outlet: "HuffPost",
      },
      {
        title: "Schumer agrees shutdown deal with Republicans",
        publishedAt: null,
        outlet: "The New York Times",
      },
      { title: "Senate Democrats agree shutdown deal", publishedAt: null, outlet: "Fox News" },
    ];
    const charge = (headline: string) => (/fume/.test(headline) ? 1 : 0);
    const neutral = storyHeadline(members, { charge });
    expect(neutral?.source.outlet).not.toBe("HuffPost");
    expect(neutral?.text).toBe(neutral?.source.title);
    expect(neutral?.source.outlet).toBe("Fox News");
    // Without a charge the most central headline wins, whatever its wording.
    expect(storyHeadline(members)?.source.outlet).toBe("HuffPost");
    expect(storyHeadline([], { charge })).toBeNull();
  });

  it("never lets a neutral but off-topic headline name the story", () => {
    const members = [
      { title: "Harbour strike ends as dockers accept pay deal", publishedAt: null },
      { title: "Dockers end harbour strike, accept pay deal!", publishedAt: null },
      { title: "Weather today", publishedAt: null },
    ];
    const charge = (headline: string) => (headline.includes("!") ? 1 : 0);
    expect(storyHeadline(members, { charge })?.text).toBe("Harbour strike ends as dockers accept pay deal");
  });
});
