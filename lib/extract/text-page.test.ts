import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

const SEEDS_DIR = path.resolve(__dirname, "../../../shared/fixtures/seeds");
const JOE_SEED = readFileSync(path.join(SEEDS_DIR, "000_d9b0784d0bac88d8.txt"), "utf8");
const OUTLET_B_SEED = readFileSync(path.join(SEEDS_DIR, "002_0388a65b6b848903.txt"), "utf8");
const COPIED_PAGE = readFileSync(path.join(__dirname, "__fixtures__", "copied-page.txt"), "utf8");
const COPIED_PAGE_WITH_COMMENTS = readFileSync(
  path.join(__dirname, "__fixtures__", "copied-page-comments.txt"),
  "utf8",
);

/** The seed's own non-empty lines from the one starting with `first` to the one ending with `last`. */
function sourceLines(source: string, first: string, last: string): string[] {
  const lines = source
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const start = lines.findIndex((line) => line.startsWith(first));
  const end = lines.findIndex((line) => line.endsWith(last));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start, end + 1);
}

describe("extractArticle on the JOE seed (a whole copied page)", () => {
  const article = extractArticle({ content: JOE_SEED, format: "text" });
  const paragraphs = article.text.split("\n\n");

  it("keeps exactly the article body, from the first to the last paragraph", () => {
    expect(article.text.startsWith("Russian President Vladimir Putin has invited")).toBe(true);
    expect(article.text.endsWith("by occupying Crimea and invading Ukraine.")).toBe(true);
    // Every source line of the body is its own paragraph; the seed has six between the two ends.
    expect(paragraphs).toEqual(
      sourceLines(JOE_SEED, "Russian President Vladimir Putin", "by occupying Crimea and invading Ukraine."),
    );
    expect(paragraphs).toHaveLength(6);
  });

  it("reads the headline and the date line above the body", () => {
    expect(article.title).toBe("Putin threatens to strike Western troops in Ukraine");
    expect(article.publishedAt).toBe("2025-09-05");
    expect(article.byline).toBeNull();
    expect(article.language).toBe("en");
  });

  it("leaves out the page furniture and the standfirst", () => {
    for (const furniture of [
      "Search icon",
      "05th Sep 2025",
      "Topics:",
      "Putin,Russia,Ukraine",
      "RELATED ARTICLES",
      "MORE FROM JOE",
      "By Sammi Minion",
      "By Harry Warner",
      "Load more stories",
      "Axis of Evil",
      "Putin threatens to strike Western troops in Ukraine",
      "Foreign peacekeeping troops in Ukraine are ‘legitimate’ targets",
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it("says what it dropped and why", () => {
    expect(article.removed).toContainEqual({
      kind: "standfirst",
      text: "Foreign peacekeeping troops in Ukraine are ‘legitimate’ targets",
    });
    expect(article.removed).toContainEqual({ kind: "date", text: "05th Sep 2025" });
    expect(article.removed).toContainEqual({ kind: "end-marker", text: "Topics:" });
    expect(article.removed).toContainEqual({ kind: "end-marker", text: "Load more stories" });
    expect(article.removed.length).toBeLessThanOrEqual(200);
  });
});

describe("extractArticle on the second seed (a body with stray Advert lines)", () => {
  const article = extractArticle({ content: OUTLET_B_SEED, format: "text" });
  const paragraphs = article.text.split("\n\n");

  it("keeps every source line of the body as its own paragraph, without Advert and Topics lines", () => {
    expect(article.text.startsWith("Vladimir Putin has revealed")).toBe(true);
    expect(article.text.endsWith('long and prosperous future together!"')).toBe(true);
    const expected = sourceLines(OUTLET_B_SEED, "Vladimir Putin has revealed", 'future together!"').filter(
      (line) => line !== "Advert",
    );
    expect(paragraphs).toEqual(expected);
    expect(paragraphs).not.toContain("Advert");
    expect(paragraphs.some((p) => p.startsWith("Topics:"))).toBe(false);
    expect(article.text).not.toMatch(/^Advert$/m);
  });

  it("finds no headline, byline or date, because the text has none", () => {
    expect(article.title).toBeNull();
    expect(article.byline).toBeNull();
    expect(article.publishedAt).toBeNull();
    expect(article.siteName).toBeNull();
  });

  it("records the dropped lines", () => {
    expect(article.removed.filter((part) => part.kind === "advert")).toHaveLength(3);
    expect(article.removed).toContainEqual({
      kind: "end-marker",
      text: "Topics: Russia, Vladimir Putin, World News",
    });
  });
});

describe("extractArticle on other copied text", () => {
  it("handles a differently built page: nav, byline, date with time, inline prompts, a teaser list", () => {
    const article = extractArticle({
      content: COPIED_PAGE,
      format: "text",
      url: "https://news.example/rail",
    });
    expect(article.title).toBe("Ministers agree deal to rebuild rural rail lines");
    expect(article.byline).toBe("Helen Carter");
    expect(article.publishedAt).toBe("2025-09-05");
    expect(article.canonicalUrl).toBe("https://news.example/rail");
    expect(article.text.split("\n\n")).toEqual([
      "Ministers have agreed a five-year plan to reopen rural rail lines closed in the 1960s, the transport department said on Friday.",
      "The first three routes, in Devon, Northumberland and the Scottish Borders, will carry passengers again by 2028, officials said.",
      '"This is about giving towns that lost their station a way back onto the network," the transport secretary told reporters.',
      "Campaigners welcomed the plan but said the budget of £1.2bn would not cover every line on the list.",
      "Opposition parties said they would study the details before deciding whether to support the bill next month.",
    ]);
  });

  it("leaves out reader comments and teaser cards even when their text is prose", () => {
    const article = extractArticle({ content: COPIED_PAGE_WITH_COMMENTS, format: "text" });
    expect(article.title).toBe("Flood defences finished a year early, says river authority");
    expect(article.publishedAt).toBe("2025-03-12");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The river authority said on Wednesday/);
    expect(paragraphs[3]).toMatch(/^Residents who live behind the walls/);
    for (const furniture of [
      "About time too",
      "I walked along the new wall",
      "bus route",
      "roof",
      "Reply",
      "says:",
    ]) {
      expect(article.text).not.toContain(furniture);
    }
    expect(article.removed).toContainEqual({ kind: "card-meta", text: "mark_t says:" });
  });

  it("cuts the body at the page's trailer even when teasers after it carry prose excerpts", () => {
    const content = [
      "Health officials confirmed on Monday that the measles outbreak in the northern district had been contained.",
      "No new cases have been reported for three weeks, and the vaccination centre in the market hall will close.",
      "Topics: Health, Northern district",
      "Related articles",
      "Hospital waiting lists grow again",
      "Waiting lists at the district hospital rose for the fourth month in a row, according to figures published on Friday.",
      "Most read",
      "Bridge reopens after repairs",
      "The old town bridge reopened to traffic on Saturday after six months of repairs that cost twice the original estimate.",
    ].join("\n");
    const article = extractArticle({ content, format: "text" });
    expect(article.text.split("\n\n")).toEqual([
      "Health officials confirmed on Monday that the measles outbreak in the northern district had been contained.",
      "No new cases have been reported for three weeks, and the vaccination centre in the market hall will close.",
    ]);
  });

  it("joins hard-wrapped lines into paragraphs and keeps blank-line paragraph breaks", () => {
    const wrapped = [
      "The water company said on Monday that the reservoir had fallen to its lowest level",
      "since records began, and asked customers in the valley to avoid using hosepipes",
      "until the end of the month.",
      "",
      "Engineers are checking the dam for leaks. A spokesman said there was no danger to",
      "homes below it, but that the inspection would take at least a fortnight.",
    ].join("\n");
    const article = extractArticle({ content: wrapped, format: "text" });
    expect(article.text.split("\n\n")).toEqual([
      "The water company said on Monday that the reservoir had fallen to its lowest level since records began, and asked customers in the valley to avoid using hosepipes until the end of the month.",
      "Engineers are checking the dam for leaks. A spokesman said there was no danger to homes below it, but that the inspection would take at least a fortnight.",
    ]);
  });

  it("keeps a short sub-heading between paragraphs of the body", () => {
    const content = [
      "The city council approved a new cycling network on Tuesday after months of debate among residents and shop owners.",
      "What happens next",
      "Work on the first lanes will begin in April and should finish before the summer holidays, the council said.",
    ].join("\n");
    const article = extractArticle({ content, format: "text" });
    expect(article.text.split("\n\n")).toHaveLength(3);
    expect(article.text).toContain("\n\nWhat happens next\n\n");
  });
});

describe("extractArticle on copied text with a revision date", () => {
  it("reads the publication and the revision date from the lines above the body", () => {
    const content = [
      "World",
      "Dam failure forces evacuation of three villages",
      "By Ana Ruiz",
      "Published 5 September 2025 · Updated 6 September 2025 10:14 BST",
      "",
      "Three villages below the dam were evacuated overnight after engineers found a crack in its wall, officials said on Friday.",
      "About 2,000 people spent the night in school halls and sports centres, and the army brought in pumps to lower the reservoir.",
    ].join("\n");
    const article = extractArticle({ content, format: "text" });
    expect(article).toMatchObject({
      byline: "Ana Ruiz",
      publishedAt: "2025-09-05",
      modifiedAt: "2025-09-06",
    });
    expect(article.text.split("\n\n")).toHaveLength(2);
  });

  it("has no revision date when the page gives none", () => {
    expect(extractArticle({ content: COPIED_PAGE, format: "text" }).modifiedAt).toBeNull();
  });
});
