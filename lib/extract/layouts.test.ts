import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { extractArticle, type ExtractedArticle } from "./index";

/*
 * One hand-written page per common news layout (fixtures modelled on real CMS output), each checked for its
 * metadata, its body paragraphs in order, and the absence of every piece of furniture the page carries.
 */

function fixture(name: string): string {
  return readFileSync(path.join(__dirname, "__fixtures__", name), "utf8");
}

function extract(name: string, url?: string): ExtractedArticle {
  return extractArticle({ content: fixture(name), format: "html", url: url ?? null });
}

/** The body's paragraphs, checking the separator on the way: exactly one blank line between paragraphs. */
function paragraphsOf(article: ExtractedArticle): string[] {
  expect(article.text).not.toMatch(/\n{3,}|^\s|\s$/);
  const paragraphs = article.text.split("\n\n");
  for (const paragraph of paragraphs) expect(paragraph).not.toContain("\n");
  return paragraphs;
}

/** Each paragraph starts as given, in this order, and there are no others. */
function expectParagraphStarts(article: ExtractedArticle, starts: readonly string[]): void {
  const paragraphs = paragraphsOf(article);
  expect(paragraphs.map((paragraph, index) => paragraph.slice(0, starts[index]?.length ?? 0))).toEqual(
    starts,
  );
}

function expectAbsent(article: ExtractedArticle, fragments: readonly string[]): void {
  for (const fragment of fragments) expect(article.text, fragment).not.toContain(fragment);
}

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("a WordPress post (Yoast @graph, hentry markup, Jetpack sharing and related posts)", () => {
  const article = extract("wordpress.html");

  it("reads the metadata from the graph, resolving the author reference", () => {
    expect(article).toMatchObject({
      title: "Village bakery reopens after flood repairs",
      byline: "Hannah Price",
      publishedAt: "2025-04-02T07:15:00.000Z",
      modifiedAt: "2025-04-03T16:40:12.000Z",
      siteName: "Valley Gazette",
      canonicalUrl: "https://valleygazette.example/2025/04/02/village-bakery-reopens/",
      language: "en",
    });
  });

  it("keeps the five body paragraphs in order", () => {
    expectParagraphStarts(article, [
      "The bakery on Mill Lane opened its doors again",
      "Owner Gareth Lloyd said a queue had formed",
      "The repairs cost more than £60,000.",
      "Neighbours raised the rest through a crowdfunding page",
      "Mr Lloyd said he would mark the reopening",
    ]);
  });

  it("drops the caption, advert, read-more teaser, newsletter box, share bar, related posts, tags and comments", () => {
    expectAbsent(article, [
      "Photo: Sam Ellis",
      "behind the new counter",
      "Advertisement",
      "Read more",
      "Council sets out plan for new river defences",
      "newsletter",
      "Sign up",
      "Share this",
      "Facebook",
      "Related",
      "Flood clean-up volunteers",
      "Tagged",
      "Leave a Reply",
      "sourdough",
      "Recent Posts",
      "Proudly powered",
      "Skip to content",
      "_wpemojiSettings",
    ]);
  });
});

describe("an Arc XP story (JSON-LD array, several authors, relative canonical URL)", () => {
  const article = extract(
    "arc-xp.html",
    "https://www.lakesidetribune.example/news/transit-cuts?outputType=amp",
  );

  it("reads every author as a Person, both dates, and resolves the relative canonical URL", () => {
    expect(article).toMatchObject({
      title: "Transit agency cuts late-night bus routes as ridership falls",
      byline: "Daniel Ortiz, Keisha Brown",
      publishedAt: "2025-06-18T14:02:11.000Z",
      modifiedAt: "2025-06-18T21:47:03.000Z",
      siteName: "Lakeside Tribune",
      canonicalUrl:
        "https://www.lakesidetribune.example/news/2025/06/18/transit-agency-cuts-late-night-bus-routes/",
      language: "en",
    });
  });

  it("has no canonical URL when a relative one cannot be resolved", () => {
    expect(extract("arc-xp.html").canonicalUrl).toBeNull();
  });

  it("keeps the subheadline and the body in order, without the date line", () => {
    // The subheadline is kept: it is the article's own text, and annotators of the benchmark count it as body.
    expectParagraphStarts(article, [
      "Nine routes will stop running after 11 p.m. from August.",
      "The regional transit agency will stop running nine bus routes",
      "The board voted 7 to 2 to approve the cuts",
      '"We cannot keep running empty buses at midnight',
      "Union leaders said they would ask the city council",
      "The agency said it would review night service again",
    ]);
  });

  it("drops adverts, the interstitial link, the caption and credit, newsletter, share bar and rails", () => {
    expectAbsent(article, [
      "Advertisement",
      "Fare increase approved despite protests",
      "route 14 bus at Harbor Station",
      "Rosa Lind",
      "Lakeside Today",
      "inbox",
      "Gift this article",
      "More from News",
      "Harbor tunnel repairs",
      "Most Read",
      "Updated June 18",
      "FUSION LEAK",
      "Sign In",
    ]);
  });
});

describe("a BBC-like page (NewsArticle nested as the WebPage's mainEntity, block components)", () => {
  const article = extract("bbc-like.html");

  it("reads the article nested under mainEntity", () => {
    expect(article).toMatchObject({
      title: "Wind farm plan for Moray coast backed by ministers",
      byline: "Iain Fraser",
      publishedAt: "2025-02-11T06:04:52.000Z",
      modifiedAt: "2025-02-11T11:20:09.000Z",
      siteName: "North News",
      canonicalUrl: "https://www.northnews.example/news/articles/c4g7wind",
      language: "en",
    });
  });

  it("keeps the text blocks in order across the inline links block", () => {
    expectParagraphStarts(article, [
      "Plans for a 60-turbine wind farm off the Moray coast",
      "The developer says the scheme",
      "Fishing groups had objected",
      "Energy Secretary Alan Reid said",
      "Construction could begin next year",
      "The developer said it would set up a fund",
    ]);
  });

  it("drops image source and caption labels, topic links, more-on-this-story and most-read lists", () => {
    expectAbsent(article, [
      "Image source",
      "Getty Images",
      "Image caption",
      "20km off the coast",
      "Related topics",
      "Renewable energy",
      "More on this story",
      "Fishing fleet warns",
      "Most read",
      "Snow closes roads",
      "North of Scotland reporter",
      "Copyright",
    ]);
  });
});

describe("a Guardian-like page (meta tags only, repeated headline, rich links, newsletter embed, appeal)", () => {
  const article = extract("guardian-like.html");

  it("reads authors from repeated author meta tags, skipping profile URLs, and both dates", () => {
    expect(article).toMatchObject({
      title: "Museum returns looted bronzes to Nigeria",
      byline: "Ruth Adeyemi, Mark Hollis",
      publishedAt: "2025-10-07T13:45:21.000Z",
      modifiedAt: "2025-10-08T08:02:33.000Z",
      siteName: "the Daily Ledger",
      canonicalUrl: "http://www.dailyledger.example/culture/2025/oct/07/museum-returns-looted-bronzes",
    });
  });

  it("drops the headline repeated at the top of the body and keeps the five paragraphs", () => {
    expectParagraphStarts(article, [
      "A London museum has handed back twelve bronze sculptures",
      "The pieces, which include a commemorative head",
      "The museum's director, Helen Carver, said",
      "Nigeria's culture minister said the return",
      "The bronzes will go on display",
    ]);
    expect(article.removed).toContainEqual({
      kind: "headline",
      text: "Museum returns looted bronzes to Nigeria",
    });
  });

  it("drops the standfirst, caption credit, related link, newsletter embed, appeal and topics", () => {
    expectAbsent(article, [
      "Museum returns looted bronzes",
      "Twelve pieces taken in 1897",
      "Photograph:",
      "One of the plaques",
      "Related:",
      "Talks on Benin bronzes stall",
      "Culture Weekly",
      "newsletter",
      "small favour",
      "Support the Ledger",
      "Topics",
      "Heritage",
      "More on this story",
      "Share on",
      "All rights reserved",
    ]);
  });
});

describe("a page whose furniture is plain paragraphs inside the body container", () => {
  const article = extract("inline-furniture.html");

  it("reads the byline from the text and the dates from Dublin Core meta tags", () => {
    expect(article).toMatchObject({
      title: "Hospital opens new emergency department after two-year build",
      byline: "Priya Shah",
      publishedAt: "2025-05-20",
      modifiedAt: "2025-05-21",
      siteName: null,
      language: "en",
    });
  });

  it("keeps the body and drops the repeated headline, byline, date line and every in-body marker", () => {
    expectParagraphStarts(article, [
      "The county hospital opened its new emergency department",
      "The £32m building replaces a 1970s wing",
      '"Patients will notice the difference',
      "The department has 48 treatment bays",
      "The health board said the opening would not solve",
    ]);
    expectAbsent(article, [
      "Hospital opens new emergency department",
      "By Priya Shah",
      "Updated May 21",
      "ADVERTISEMENT",
      "Photo: Tom Fairley",
      "Nurses in the new children's unit",
      "RELATED",
      "Ambulance waits fall",
      "Sign up",
      "Share this article",
      "Related articles",
      "Hospital car park charges",
    ]);
  });
});

describe("a German page", () => {
  const article = extract("german.html");

  it("reads the metadata, including a last-modified meta tag, and keeps the declared language", () => {
    expect(article).toMatchObject({
      title: "Hochwasser: Pegel der Elbe steigt weiter",
      byline: "Jana Köhler",
      publishedAt: "2025-09-16T03:30:00.000Z",
      modifiedAt: "2025-09-16T12:12:00.000Z",
      siteName: "Elbkurier",
      language: "de",
    });
  });

  it("drops German furniture: Anzeige, Lesen Sie auch, Foto credit, Mehr zum Thema, newsletter, teilen", () => {
    expectParagraphStarts(article, [
      "Der Pegel der Elbe ist in der Nacht zum Dienstag",
      "Die Stadt hat die Altstadt-Ufer gesperrt",
      "Nach Angaben des Wetterdienstes",
      "Die Feuerwehr ist mit mehr als 400 Einsatzkräften",
      "Der Oberbürgermeister rief die Bevölkerung auf",
    ]);
    expectAbsent(article, [
      "Anzeige",
      "Lesen Sie auch",
      "Wie sicher sind die Deiche",
      "Foto:",
      "Mehr zum Thema",
      "Hochwasser 2002",
      "Newsletter",
      "teilen",
      "Von Jana Köhler",
      "05:30 Uhr",
      "Alle Rechte",
    ]);
  });
});

describe("a page with no metadata at all", () => {
  const article = extract("no-metadata-french.html");

  it("detects the language from the text and reads the headline, byline and both dates from the page", () => {
    expect(article).toMatchObject({
      title: "La ligne de tramway prolongée jusqu'à l'aéroport",
      byline: "Claire Dubois",
      publishedAt: "2025-03-03",
      modifiedAt: "2025-03-04",
      siteName: null,
      canonicalUrl: null,
      language: "fr",
    });
  });

  it("keeps the four paragraphs and drops the French furniture", () => {
    expectParagraphStarts(article, [
      "Le conseil de la métropole a voté lundi soir",
      "Les travaux doivent commencer à l'automne",
      "Selon la présidente de la métropole",
      "Les associations de riverains se disent satisfaites",
    ]);
    expectAbsent(article, [
      "Publicité",
      "À lire aussi",
      "Les bus gratuits",
      "Partager",
      "Sur le même sujet",
      "parking relais",
      "Tous droits",
      "Par Claire Dubois",
      "Publié le",
      "Accueil",
    ]);
  });

  it("uses the URL it was given as the canonical URL", () => {
    expect(extract("no-metadata-french.html", "https://courrier.example/tram").canonicalUrl).toBe(
      "https://courrier.example/tram",
    );
  });
});

describe("pages that are not an article", () => {
  it.each(["homepage.html", "login-wall.html", "not-found.html", "no-article.html"])(
    "%s says there is no article instead of returning navigation or teasers",
    (name) => {
      const error = errorOf(() => extract(name));
      expect(error.code).toBe("UNPROCESSABLE");
      expect(error.message).toMatch(/^No article text found/);
    },
  );

  it("still extracts a short article whose page declares nothing", () => {
    const content =
      "<html><body><p>The ferry service between the two islands will stop in October because the operator has lost its subsidy.</p>" +
      "<p>Islanders said they would petition the council to find a new operator before the winter timetable starts.</p></body></html>";
    expect(extractArticle({ content, format: "html" }).text.split("\n\n")).toHaveLength(2);
  });

  it("takes a long page that calls itself a website for the article it is", () => {
    const paragraph =
      "The regional council said on Monday that the new bridge would open in the spring, three months later than planned, because of flooding on the site. ";
    const content = `<html><head><meta property="og:type" content="website"></head><body><article>${[
      1, 2, 3, 4,
    ]
      .map((n) => `<p>${n}. ${paragraph}</p>`)
      .join("")}</article></body></html>`;
    expect(extractArticle({ content, format: "html" }).text.split("\n\n")).toHaveLength(4);
  });
});
