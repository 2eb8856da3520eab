import { describe, expect, it } from "vitest";
import { assignToStory } from "./assign";
import { profileDocument } from "./profile";
import { addToStoryProfile } from "./story";
import type { ClusterDocument, CorpusStats, DocumentProfile, StoryCandidate } from "./types";
import {
  FRENCH_DOC,
  FUNICULAR_DOC,
  JOE_DOC,
  JOE_DOC_MONTHS_LATER,
  KYIV_STRIKE_DOC,
  OTHER_DOC,
} from "./__fixtures__/documents";
import { streamDocuments } from "./__fixtures__/stream";

const EMPTY_CORPUS: CorpusStats = { documentCount: 0, documentFrequency: {} };

function storyOf(...docs: ClusterDocument[]): StoryCandidate["profile"] {
  return docs.reduce<StoryCandidate["profile"] | null>(
    (story, doc) => addToStoryProfile(story, profileDocument(doc, EMPTY_CORPUS)),
    null,
  ) as StoryCandidate["profile"];
}

function profile(doc: ClusterDocument): DocumentProfile {
  return profileDocument(doc, EMPTY_CORPUS);
}

describe("the seed pair", () => {
  it("lands in one story when the two are the whole corpus, in either order", () => {
    for (const docs of [
      [JOE_DOC, OTHER_DOC],
      [OTHER_DOC, JOE_DOC],
    ]) {
      const { storyOf: stories } = streamDocuments(docs);
      expect(stories.get(JOE_DOC.id)).toBe(stories.get(OTHER_DOC.id));
    }
  });

  it("joins when the caller counts the new document in the corpus statistics too", () => {
    const joe = profileDocument(JOE_DOC, { documentCount: 1, documentFrequency: {} });
    const other = profileDocument(OTHER_DOC, {
      documentCount: 2,
      documentFrequency: { putin: 2, ukraine: 2 },
    });
    const assignment = assignToStory(other, [{ storyId: "s", profile: addToStoryProfile(null, joe) }]);
    expect(assignment.storyId).toBe("s");
  });

  it("joins when the untitled article gets its first sentence as a title, as ingestion does", () => {
    const titled = {
      ...OTHER_DOC,
      title:
        "Vladimir Putin has revealed the circumstance in which he believes troops from western nations would become 'legitimate' targets for attack.",
    };
    const { storyOf: stories } = streamDocuments([JOE_DOC, titled]);
    expect(stories.get(titled.id)).toBe(stories.get(JOE_DOC.id));
  });

  it("explains the grouping with the names and terms both share", () => {
    const { assignments } = streamDocuments([JOE_DOC, OTHER_DOC]);
    const reasons = assignments.get(OTHER_DOC.id);
    expect(reasons?.sharedEntities).toEqual(
      expect.arrayContaining(["Vladimir Putin", "Vladivostok", "Ukraine"]),
    );
    expect(reasons?.sharedTerms).toEqual(expect.arrayContaining(["putin", "troop"]));
    expect(reasons?.sharedTerms.length).toBeLessThanOrEqual(8);
    expect(reasons?.sharedEntities.length).toBeLessThanOrEqual(8);
  });

  it("keeps a clearly unrelated article and a same-week article on another event apart", () => {
    const { storyOf: stories, assignments } = streamDocuments([
      JOE_DOC,
      OTHER_DOC,
      FUNICULAR_DOC,
      KYIV_STRIKE_DOC,
    ]);
    expect(stories.get(FUNICULAR_DOC.id)).not.toBe(stories.get(JOE_DOC.id));
    expect(stories.get(KYIV_STRIKE_DOC.id)).not.toBe(stories.get(JOE_DOC.id));
    expect(new Set(stories.values()).size).toBe(3);
    expect(assignments.get(FUNICULAR_DOC.id)).toMatchObject({
      storyId: null,
      sharedTerms: [],
      sharedEntities: [],
    });
  });
});

describe("assignToStory rules", () => {
  const joeStory = storyOf(JOE_DOC);

  it("never joins a story in another language, however close the text", () => {
    const french = profile(FRENCH_DOC);
    expect(
      assignToStory(french, [{ storyId: "en", profile: joeStory }], { threshold: 0 }).storyId,
    ).toBeNull();
    // An unknown language on either side is no barrier.
    const unknown = { ...french, language: null };
    expect(assignToStory(unknown, [{ storyId: "en", profile: joeStory }], { threshold: 0 }).storyId).toBe(
      "en",
    );
  });

  it("penalises a dated document far from the story's dates, and drops it past maxDaysApart", () => {
    const candidates = [{ storyId: "s", profile: joeStory }];
    const sameWeek = assignToStory(profile(JOE_DOC), candidates);
    const monthsLater = assignToStory(profile(JOE_DOC_MONTHS_LATER), candidates);
    expect(monthsLater.score).toBeLessThan(sameWeek.score);
    expect(assignToStory(profile(JOE_DOC_MONTHS_LATER), candidates, { maxDaysApart: 30 })).toMatchObject({
      storyId: null,
      score: 0,
    });
  });

  it("does not penalise an undated document for its distance from the story's dates", () => {
    const undated = profile({ ...JOE_DOC, publishedAt: null });
    const recent = assignToStory(undated, [{ storyId: "s", profile: joeStory }]);
    const old = assignToStory(undated, [{ storyId: "s", profile: storyOf(JOE_DOC_MONTHS_LATER) }]);
    expect(old.score).toBeCloseTo(recent.score, 10);
    expect(recent.storyId).toBe("s");
  });

  it("is deterministic: candidate order does not matter and ties go to the smaller story id", () => {
    const doc = profile(OTHER_DOC);
    const candidates = [
      { storyId: "b", profile: joeStory },
      { storyId: "a", profile: storyOf(JOE_DOC) },
      { storyId: "c", profile: storyOf(FUNICULAR_DOC) },
    ];
    const forward = assignToStory(doc, candidates);
    expect(forward.storyId).toBe("a");
    expect(assignToStory(doc, [...candidates].reverse())).toEqual(forward);
    expect(profileDocument(OTHER_DOC, EMPTY_CORPUS)).toEqual(doc);
  });

  it("scores only the first maxCandidates candidates", () => {
    const candidates = [
      { storyId: "unrelated", profile: storyOf(FUNICULAR_DOC) },
      { storyId: "seed", profile: joeStory },
    ];
    expect(assignToStory(profile(OTHER_DOC), candidates, { maxCandidates: 1 }).storyId).toBeNull();
    expect(assignToStory(profile(OTHER_DOC), candidates).storyId).toBe("seed");
  });

  it("starts a new story when there are no candidates", () => {
    expect(assignToStory(profile(JOE_DOC), [])).toEqual({
      storyId: null,
      score: 0,
      sharedTerms: [],
      sharedEntities: [],
    });
  });
});
