import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import {
  listFeed,
  MAX_FEED_ENTRIES,
  outletFeed,
  storyFeed,
  wordingChanges,
  type StoryEventInput,
} from "./feed-model";
import { renderAtom, renderJsonFeed } from "./render-feed";

const ORIGIN = "https://news.example";
const at = (iso: string) => new Date(iso);
/** Atom text constructs parse to { value } (with their type); plain strings pass through. */
const textOf = (value: unknown) =>
  typeof value === "object" && value !== null && "value" in value
    ? (value as { value: unknown }).value
    : value;

function storyInput(): StoryEventInput {
  return {
    story: { id: "s1", title: "Bridge <closed> & reopened", updatedAt: at("2026-02-01T00:00:00Z") },
    articles: [
      {
        id: "a1",
        title: "Bridge shut after crash",
        publishedAt: at("2026-02-01T08:00:00Z"),
        ingestedAt: at("2026-02-01T09:00:00Z"),
        outlet: { name: "Daily One", slug: "daily-one" },
      },
      {
        id: "a2",
        title: "Bridge closed for “inspection”",
        publishedAt: null,
        ingestedAt: at("2026-02-01T10:00:00Z"),
        outlet: { name: "Wire & Co", slug: "wire-co" },
      },
    ],
    versions: [
      {
        articleId: "a1",
        articleTitle: "Bridge reopens",
        outlet: "Daily One",
        version: 2,
        title: "Bridge reopens",
        fetchedAt: at("2026-02-01T12:00:00Z"),
        modifiedAt: null,
        titleChanged: true,
        textChanged: false,
      },
    ],
    variants: [
      {
        quotationId: "q2",
        storyId: "s1",
        text: "Those are legitimate targets for defeat",
        referenceText: "Those are legitimate targets for their destruction",
        speaker: "Vladimir Putin",
        articleId: "a2",
        outlet: "Wire & Co",
        fetchedAt: at("2026-02-01T10:00:00Z"),
      },
    ],
    audits: [
      {
        id: "audit1",
        action: "story.merge",
        details: { summary: "Merged “Crash” into “Bridge”.", intoStoryId: "s1", fromStoryId: "s0" },
        createdAt: at("2026-02-01T11:00:00Z"),
      },
    ],
  };
}

describe("storyFeed", () => {
  it("has one entry per event, newest first, with absolute links and what changed", () => {
    const doc = storyFeed(storyInput(), ORIGIN);
    expect(doc.entries.map((e) => e.kind)).toEqual(["version", "edit", "article", "variant", "article"]);
    expect(doc.entries[0]!.title).toContain("headline changed");
    expect(doc.entries[0]!.title).not.toContain("text changed");
    expect(doc.entries[0]!.link).toBe(`${ORIGIN}/articles/a1/changes?to=2`);
    expect(doc.entries[1]!.summary).toBe("Merged “Crash” into “Bridge”.");
    expect(doc.entries[2]!.title).toBe("Wire & Co: Bridge closed for “inspection”");
    expect(doc.entries[3]!.title).toBe("Wire & Co words Vladimir Putin’s words differently");
    expect(doc.entries[3]!.summary).toContain("“defeat” for “their destruction”");
    expect(doc.entries[3]!.id).toBe("tag:parallax,2026:story/s1/quotation/q2");
    expect(doc.entries.every((e) => e.link.startsWith(`${ORIGIN}/`))).toBe(true);
    expect(doc.updated).toEqual(at("2026-02-01T12:00:00Z"));
    expect(doc.atomUrl).toBe(`${ORIGIN}/stories/s1/feed.atom`);
  });

  it("keeps entry ids whatever the origin or the order of the rows", () => {
    const input = storyInput();
    const a = storyFeed(input, ORIGIN);
    const b = storyFeed({ ...input, articles: [...input.articles].reverse() }, "http://127.0.0.1:3000");
    expect(b.entries.map((e) => e.id)).toEqual(a.entries.map((e) => e.id));
    expect(new Set(a.entries.map((e) => e.id)).size).toBe(a.entries.length);
  });

  it("carries at most MAX_FEED_ENTRIES entries, the newest", () => {
    const input = storyInput();
    const many = Array.from({ length: MAX_FEED_ENTRIES + 30 }, (_, i) => ({
      ...input.articles[0]!,
      id: `x${i}`,
      ingestedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    }));
    const doc = storyFeed({ ...input, articles: many, versions: [], variants: [], audits: [] }, ORIGIN);
    expect(doc.entries).toHaveLength(MAX_FEED_ENTRIES);
    expect(doc.entries[0]!.id).toContain(`x${MAX_FEED_ENTRIES + 29}`);
  });

  it("falls back to the story's date when nothing happened yet", () => {
    const doc = storyFeed({ ...storyInput(), articles: [], versions: [], variants: [], audits: [] }, ORIGIN);
    expect(doc.entries).toEqual([]);
    expect(doc.updated).toEqual(at("2026-02-01T00:00:00Z"));
  });
});

describe("wordingChanges", () => {
  it("says in words what a variant changes against the shared wording", () => {
    expect(wordingChanges("we will act now", "we will act")).toBe("leaves out “now”");
    expect(wordingChanges("we will act", "we must act today")).toBe("“must act today” for “will act”");
    const words =
      "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon";
    const shouted = words.replace(/\b(beta|epsilon|theta|lambda|xi|sigma)\b/g, (w) => w.toUpperCase());
    const many = wordingChanges(words, shouted);
    expect(many.startsWith("“BETA” for “beta”; “EPSILON” for “epsilon”")).toBe(true);
    expect(many).toMatch(/; and 1 more$/);
  });
});

describe("rendered feeds read by a feed parser", () => {
  const docs = {
    story: storyFeed(storyInput(), ORIGIN),
    list: listFeed(
      [
        {
          id: "s1",
          title: "Bridge <closed>",
          articleCount: 2,
          outlets: ["Daily One", "Wire & Co"],
          firstPublishedAt: "2026-02-01T08:00:00.000Z",
          lastPublishedAt: "2026-02-01T10:00:00.000Z",
        },
      ],
      { origin: ORIGIN, query: "q=bridge&lang=en", describe: "“bridge”", fallbackUpdated: new Date(0) },
    ),
    outlet: outletFeed(
      {
        outlet: { slug: "daily-one", name: "Daily One" },
        articles: [
          {
            id: "a1",
            title: "Bridge shut",
            publishedAt: null,
            ingestedAt: at("2026-02-01T09:00:00Z"),
            storyId: "s1",
            storyTitle: "Bridge",
          },
        ],
      },
      ORIGIN,
      new Date(0),
    ),
  };

  for (const [name, doc] of Object.entries(docs)) {
    it(`parses the ${name} feed as Atom and as JSON Feed 1.1, with the same ids and links`, () => {
      const atom = parseAtomFeed(renderAtom(doc));
      expect(atom.id).toBe(doc.id);
      expect(textOf(atom.title)).toBe(doc.title);
      expect(atom.entries?.map((e) => e.id)).toEqual(doc.entries.map((e) => e.id));
      expect(atom.entries?.map((e) => textOf(e.title))).toEqual(doc.entries.map((e) => e.title));
      expect(atom.entries?.map((e) => e.links?.[0]?.href)).toEqual(doc.entries.map((e) => e.link));
      expect(atom.entries?.map((e) => e.updated && new Date(e.updated).getTime())).toEqual(
        doc.entries.map((e) => e.updated.getTime()),
      );

      const text = renderJsonFeed(doc);
      expect(JSON.parse(text).version).toBe("https://jsonfeed.org/version/1.1");
      const json = parseJsonFeed(text);
      expect(json.feed_url).toBe(doc.jsonUrl);
      expect(json.items?.map((i) => i.id)).toEqual(doc.entries.map((e) => e.id));
      expect(json.items?.map((i) => i.url)).toEqual(doc.entries.map((e) => e.link));
    });
  }

  it("links the list feed to the list page with the same query", () => {
    expect(docs.list.link).toBe(`${ORIGIN}/?q=bridge&lang=en`);
    expect(docs.list.atomUrl).toBe(`${ORIGIN}/feed.atom?q=bridge&lang=en`);
  });
});
