import { describe, expect, it } from "vitest";
import { explain } from "./explain";
import { addToStoryProfile } from "./story";
import type { DocumentProfile } from "./types";

function profile(terms: Record<string, number>, entities: string[]): DocumentProfile {
  return { terms, entities, numbers: [], publishedAt: "2025-09-05T00:00:00Z", language: "en" };
}

describe("explain", () => {
  const story = [
    profile({ putin: 0.6, vladimir: 0.3, vladivostok: 0.5, forum: 0.4 }, [
      "Putin",
      "Vladimir Putin",
      "Vladivostok",
    ]),
    profile({ putin: 0.7, vladivostok: 0.4, paris: 0.2 }, ["Putin", "Vladivostok", "Paris"]),
    profile({ putin: 0.6, vladimir: 0.2, forum: 0.5 }, ["Vladimir Putin", "Putin", "Eastern Economic Forum"]),
  ].reduce<ReturnType<typeof addToStoryProfile> | null>((s, doc) => addToStoryProfile(s, doc), null);
  if (!story) throw new Error("no story");

  it("shows each name once, in its fullest form, heaviest first", () => {
    const doc = profile({ putin: 0.7, vladimir: 0.3, vladivostok: 0.5, paris: 0.1, forum: 0.4 }, [
      "Putin",
      "Paris",
      "Vladivostok",
      "Vladimir Putin",
      "Eastern Economic Forum",
    ]);
    const { sharedEntities, sharedTerms } = explain(doc, story);
    expect(sharedEntities).toEqual(["Vladimir Putin", "Vladivostok", "Eastern Economic Forum", "Paris"]);
    expect(sharedTerms.slice(0, 3)).toEqual(["putin", "vladivostok", "forum"]);
  });

  it("keeps the short form when the article never writes the full one, and ignores names the story lacks", () => {
    const doc = profile({ putin: 0.8, kremlin: 0.6 }, ["Putin", "Kremlin"]);
    expect(explain(doc, story).sharedEntities).toEqual(["Putin"]);
  });

  it("keeps names that merely share a word apart when neither holds the other", () => {
    const doc = profile({ putin: 0.8, vladimir: 0.5 }, ["Vladimir Putin", "Vladimir Zelensky"]);
    const withBoth = addToStoryProfile(story, profile({ vladimir: 0.5 }, ["Vladimir Zelensky"]));
    expect(explain(doc, withBoth).sharedEntities).toEqual(["Vladimir Putin", "Vladimir Zelensky"]);
  });
});
