import { describe, expect, it } from "vitest";
import { profileDocument } from "./profile";
import { addToStoryProfile } from "./story";
import type { DocumentProfile, StoryProfile } from "./types";
import { FUNICULAR_DOC, JOE_DOC, OTHER_DOC } from "./__fixtures__/documents";

/** A profile with `count` distinct terms and names, so bounds are reached quickly. */
function wideProfile(seed: number, count: number, publishedAt: string | null): DocumentProfile {
  const terms: Record<string, number> = {};
  for (let i = 0; i < count; i++) terms[`term${seed}x${i}`] = 1 / Math.sqrt(count);
  return {
    terms,
    entities: Array.from({ length: 32 }, (_, i) => `Name ${seed}-${i}`),
    numbers: [],
    publishedAt,
    language: "en",
  };
}

describe("addToStoryProfile", () => {
  it("starts a story from its first member", () => {
    const doc = profileDocument(JOE_DOC, { documentCount: 0, documentFrequency: {} });
    const story = addToStoryProfile(null, doc);
    expect(story).toMatchObject({
      documentCount: 1,
      firstPublishedAt: JOE_DOC.publishedAt,
      lastPublishedAt: JOE_DOC.publishedAt,
      language: "en",
    });
    expect(story.terms).toEqual(doc.terms);
    expect(Object.keys(story.entities)).toEqual(expect.arrayContaining(doc.entities));
  });

  it("keeps the mean of the members' vectors, the member count per name, and the date range", () => {
    const joe = profileDocument(JOE_DOC, { documentCount: 0, documentFrequency: {} });
    const other = profileDocument(OTHER_DOC, { documentCount: 1, documentFrequency: {} });
    const story = addToStoryProfile(addToStoryProfile(null, joe), other);
    expect(story.documentCount).toBe(2);
    expect(story.terms.putin).toBeCloseTo(((joe.terms.putin ?? 0) + (other.terms.putin ?? 0)) / 2, 5);
    expect(story.entities.Putin).toBe(2);
    expect(story.entities.Crimea).toBe(1);
    // The undated member leaves the range alone.
    expect(story.firstPublishedAt).toBe(JOE_DOC.publishedAt);
    expect(story.lastPublishedAt).toBe(JOE_DOC.publishedAt);
    const later = addToStoryProfile(story, { ...joe, publishedAt: "2025-09-07T00:00:00Z" });
    const earlier = addToStoryProfile(later, { ...joe, publishedAt: "2025-09-01T00:00:00Z" });
    expect([earlier.firstPublishedAt, earlier.lastPublishedAt]).toEqual([
      "2025-09-01T00:00:00Z",
      "2025-09-07T00:00:00Z",
    ]);
  });

  it("stays within 200 terms and 100 names however many members join", () => {
    let story: StoryProfile | null = null;
    for (let seed = 0; seed < 12; seed++) story = addToStoryProfile(story, wideProfile(seed, 64, null));
    expect(story?.documentCount).toBe(12);
    expect(Object.keys(story?.terms ?? {}).length).toBeLessThanOrEqual(200);
    expect(Object.keys(story?.entities ?? {}).length).toBeLessThanOrEqual(100);
  });

  it("does not modify its inputs and is deterministic", () => {
    const doc = profileDocument(FUNICULAR_DOC, { documentCount: 0, documentFrequency: {} });
    const story = addToStoryProfile(
      null,
      profileDocument(JOE_DOC, { documentCount: 0, documentFrequency: {} }),
    );
    const before = JSON.stringify([story, doc]);
    const next = addToStoryProfile(story, doc);
    expect(JSON.stringify([story, doc])).toBe(before);
    expect(addToStoryProfile(story, doc)).toEqual(next);
  });

  it("keeps the first known language", () => {
    const doc = profileDocument(JOE_DOC, { documentCount: 0, documentFrequency: {} });
    const story = addToStoryProfile(addToStoryProfile(null, { ...doc, language: null }), doc);
    expect(story.language).toBe("en");
  });
});
