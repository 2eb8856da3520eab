import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { withCpuTime } from "@/lib/testing/cpu-time";

/**
 * Unclosed <p>, <h1>, <b>, <body> and <html>, mis-nested <i>/<b>, stray closing tags. Inline rather than a
 * fixture file, because Prettier (rightly) refuses to parse it.
 */
const BROKEN_MARKUP = [
  "<html><head><title>Storm closes mountain pass</title>",
  "<body>",
  '<div class="content">',
  "<h1>Storm closes mountain pass for second day",
  "<p>Snow drifts of up to two metres closed the mountain pass for a second day on Tuesday, stranding lorries at both ends of the road and cutting off three villages.",
  "<p>Road crews worked through the night but said <i>wind kept <b>blowing</i> snow</b> back onto the carriageway faster than the ploughs could clear it.",
  "</span></div></div>",
  "<div><p>The regional authority said it hoped to reopen one lane by Wednesday evening if the wind dropped as <b>forecast",
  "<p>Residents of the villages were told to stay at home and to call the emergency number if they needed medicine or food delivered.",
  "<table><tr><td>Schools in the valley will stay closed until Friday, the education office said.",
  "</div>",
].join("\n");

function fixture(name: string): string {
  return readFileSync(path.join(__dirname, "__fixtures__", name), "utf8");
}

describe("extractArticle on a news page in HTML", () => {
  const article = extractArticle({
    content: fixture("news-page.html"),
    format: "html",
    url: "https://courier.example/news/tidal-barrier?utm_source=feed",
  });

  it("reads the metadata: JSON-LD first, then Open Graph, <link rel=canonical> and <html lang>", () => {
    expect(article.title).toBe("Harbour council approves tidal barrier after decade of floods");
    expect(article.byline).toBe("Maria Okafor, Tom Reyes");
    expect(article.publishedAt).toBe("2025-03-14T09:30:00.000Z");
    expect(article.modifiedAt).toBe("2025-03-14T12:00:00.000Z");
    expect(article.siteName).toBe("The Coastal Courier");
    expect(article.canonicalUrl).toBe("https://courier.example/news/2025/03/14/tidal-barrier-approved");
    expect(article.language).toBe("en");
  });

  it("keeps the body paragraphs and the in-body sub-heading, in order", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(/^The harbour council voted on Thursday/);
    expect(paragraphs[2]).toMatch(/^“We have waited long enough,” said council leader Priya Nair\./);
    expect(paragraphs[3]).toBe("Opposition from fishermen");
    expect(paragraphs[6]).toMatch(/^Construction is expected to take three years\./);
    expect(article.text).not.toMatch(/\n{3,}/);
  });

  it("drops the header, captions, adverts, related links, newsletter box, share bar and footer", () => {
    for (const furniture of [
      "The £40m scheme will protect 3,000 homes",
      "By Maria Okafor",
      "Flood water in Quay Street",
      "Photo:",
      "Advertisement",
      "Related articles",
      "Estuary homes flooded",
      "Insurers warn",
      "Sign up",
      "newsletter",
      "Subscribe",
      "Share on Facebook",
      "Copy link",
      "All rights reserved",
      "Privacy",
      "Weather",
    ]) {
      expect(article.text).not.toContain(furniture);
    }
    expect(article.text.startsWith("Harbour council approves")).toBe(false);
  });

  it("never lets script, style or noscript text leak", () => {
    expect(article.text).not.toMatch(/SCRIPT LEAK|STYLE LEAK|NOSCRIPT LEAK|window\.analytics/);
  });

  it("lists what it dropped", () => {
    expect(article.removed).toContainEqual({
      kind: "caption",
      text: "Flood water in Quay Street last January. Photo: Jane Smith/Courier",
    });
    expect(article.removed.some((part) => part.text.includes("Sign up to our free morning newsletter"))).toBe(
      true,
    );
  });
});

describe("extractArticle on difficult HTML", () => {
  it("still extracts from broken markup (unclosed and mis-nested tags)", () => {
    const article = extractArticle({ content: BROKEN_MARKUP, format: "html" });
    expect(article.title).toBe("Storm closes mountain pass");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^Snow drifts of up to two metres/);
    expect(article.text).toContain(
      "Road crews worked through the night but said wind kept blowing snow back onto the carriageway",
    );
    expect(article.text).toContain("Residents of the villages were told to stay at home");
    expect(article.text).toContain("Schools in the valley will stay closed until Friday");
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it("reads absurdly deep markup as text instead of handing it to the DOM parser", () => {
    const prose =
      "The committee published its report on Tuesday after two years of hearings and more than 400 submissions. ";
    const content = `<html><body>${"<div>".repeat(50_000)}<p>${prose.repeat(2)}</p>${"</div>".repeat(50_000)}</body></html>`;
    const { result: article, ms } = withCpuTime(() => extractArticle({ content, format: "html" }));
    expect(article.text).toBe(prose.repeat(2).trim());
    // linkedom alone would need many seconds for this depth.
    expect(ms).toBeLessThan(5_000);
  });

  it("extracts from a fragment without <html> or <body>", () => {
    const content =
      "<p>The museum reopened on Saturday after a two-year renovation that cost more than the building itself.</p>" +
      "<p>Visitors queued around the block<br>and the director said tickets for the first month had sold out.</p>";
    const article = extractArticle({ content, format: "html" });
    expect(article.text.split("\n\n")).toEqual([
      "The museum reopened on Saturday after a two-year renovation that cost more than the building itself.",
      "Visitors queued around the block and the director said tickets for the first month had sold out.",
    ]);
  });

  it("treats <br> between sentences as a paragraph break", () => {
    const content =
      "<div>The bridge will close for repairs on Monday, the highways agency said.<br>" +
      "Diversions will add twenty minutes to journeys between the two towns.<br><br>" +
      "work is expected to last until the end of the year, weather permitting.</div>";
    const article = extractArticle({ content, format: "html" });
    expect(article.text.split("\n\n")).toEqual([
      "The bridge will close for repairs on Monday, the highways agency said.",
      "Diversions will add twenty minutes to journeys between the two towns.",
      "work is expected to last until the end of the year, weather permitting.",
    ]);
  });

  it("falls back to the JSON-LD articleBody when the page renders no text", () => {
    const article = extractArticle({ content: fixture("json-ld-only.html"), format: "html" });
    expect(article.title).toBe("Lawine verschüttet Forststraße bei Mittenwald");
    expect(article.byline).toBe("Anna Berger");
    expect(article.publishedAt).toBe("2025-01-20");
    expect(article.siteName).toBe("Alpenpost");
    expect(article.language).toBe("de");
    expect(article.text.split("\n\n")).toHaveLength(3);
    expect(article.text).not.toContain("Anzeige");
    expect(article.text).not.toContain("__APP__");
  });

  it("drops a first paragraph that repeats the headline, and detects the language when <html> has none", () => {
    // A question headline reads like a sentence, so only the comparison with the title keeps it out.
    const body = [
      "Why are so many lighthouse keepers retiring this year?",
      "The last keeper of the island lighthouse retired on Friday after forty years of climbing its 112 steps every evening.",
      "He said he would miss the storms more than the calm nights, and that he planned to move to the mainland.",
    ];
    const content = `<html><head><meta property="og:title" content="${body[0]}"></head><body><article>${body
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    const article = extractArticle({ content, format: "html" });
    expect(article.title).toBe(body[0]);
    expect(article.text.split("\n\n")).toEqual(body.slice(1));
    expect(article.language).toBe("en");
    expect(article.removed).toContainEqual({ kind: "headline", text: body[0] });
  });

  it("trusts the text over a declared language it can tell apart, not over one it cannot", () => {
    const english =
      "<p>The council said on Monday that the new bridge would open in the spring, and that the old one would close for repairs.</p>";
    expect(
      extractArticle({ content: `<html lang="de"><body>${english}</body></html>`, format: "html" }).language,
    ).toBe("en");
    expect(
      extractArticle({ content: `<html lang="ja"><body>${english}</body></html>`, format: "html" }).language,
    ).toBe("ja");
  });

  it("takes the canonical URL from og:url, then from the given URL", () => {
    const page = (head: string): string =>
      `<html><head>${head}</head><body><p>${"The ferry service between the two islands will stop in October because the operator has lost its subsidy. ".repeat(2)}</p></body></html>`;
    expect(
      extractArticle({
        content: page('<meta property="og:url" content="https://a.example/story">'),
        format: "html",
      }).canonicalUrl,
    ).toBe("https://a.example/story");
    expect(
      extractArticle({ content: page(""), format: "html", url: "https://b.example/x" }).canonicalUrl,
    ).toBe("https://b.example/x");
    expect(extractArticle({ content: page(""), format: "html" }).canonicalUrl).toBeNull();
  });
});
