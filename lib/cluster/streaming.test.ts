import { describe, expect, it } from "vitest";
import { profileDocument } from "./profile";
import { addToStoryProfile } from "./story";
import { clusterStep, createStreamingClusterer, StreamingClusterer } from "./streaming";
import { CLUSTER_PARAMETERS } from "./parameters";
import type { ClusterDocument } from "./types";
import { FRENCH_DOC, FUNICULAR_DOC, JOE_DOC, KYIV_STRIKE_DOC, OTHER_DOC } from "./__fixtures__/documents";

const EMPTY = { documentCount: 0, documentFrequency: {} };

function reword(doc: ClusterDocument, id: string, changes: Partial<ClusterDocument> = {}): ClusterDocument {
  // Another outlet's version: the same report with its paragraphs in another order.
  const text = doc.text.split("\n\n").reverse().join("\n\n");
  return { ...doc, id, text, ...changes };
}

describe("StreamingClusterer", () => {
  it("joins reports of one event, keeps others apart, and explains each join", () => {
    const clusterer = createStreamingClusterer();
    const joe = clusterer.add(JOE_DOC);
    const other = clusterer.add(OTHER_DOC);
    const funicular = clusterer.add(FUNICULAR_DOC);
    const kyiv = clusterer.add(KYIV_STRIKE_DOC);
    expect(joe).toMatchObject({ status: "created", storyId: "s1", merged: [] });
    expect(other).toMatchObject({ status: "joined", storyId: "s1" });
    expect(other.score).toBeGreaterThan(0.18);
    expect(other.sharedEntities).toEqual(expect.arrayContaining(["Vladimir Putin", "Vladivostok"]));
    expect(other.sharedEntities).not.toContain("Putin");
    expect(other.sharedTerms).toEqual(expect.arrayContaining(["putin"]));
    expect(funicular.status).toBe("created");
    expect(kyiv.storyId).not.toBe("s1");
    expect(clusterer.story("s1")?.documentCount).toBe(2);
  });

  it("never joins an article to a story in another language", () => {
    const clusterer = new StreamingClusterer({ threshold: 0 });
    clusterer.add(JOE_DOC);
    expect(clusterer.add(FRENCH_DOC)).toMatchObject({ status: "created" });
    expect(clusterer.add(reword(FRENCH_DOC, "fr-2"))).toMatchObject({ status: "joined", storyId: "s2" });
  });

  it("lets empty and one-word articles neither join nor pollute a story", () => {
    const clusterer = new StreamingClusterer({ threshold: 0 });
    clusterer.add(JOE_DOC);
    const before = clusterer.story("s1");
    for (const [i, text] of ["", "Putin", "   \n\n  ", "Putin Putin Putin"].entries()) {
      const result = clusterer.add({ ...JOE_DOC, id: `empty-${i}`, title: "", text });
      expect(result).toMatchObject({ status: "too-short", score: 0, sharedTerms: [], merged: [] });
      expect(result.storyId).not.toBe("s1");
    }
    expect(clusterer.story("s1")).toBe(before);
    expect(clusterer.add(OTHER_DOC).storyId).toBe("s1");
  });

  it("clusters undated articles, and treats absurd dates as no date", () => {
    const clusterer = new StreamingClusterer();
    clusterer.add({ ...JOE_DOC, publishedAt: null });
    expect(clusterer.add({ ...OTHER_DOC, publishedAt: null }).storyId).toBe("s1");
    for (const [i, date] of ["1970-01-01T00:00:00Z", "0002-03-04", "9999-12-31", "not a date"].entries()) {
      expect(clusterer.add(reword(JOE_DOC, `odd-date-${i}`, { publishedAt: date })).storyId).toBe("s1");
    }
    expect(clusterer.story("s1")).toMatchObject({ firstPublishedAt: null, lastPublishedAt: null });
  });

  it("does not let a plausible but future date put the archive to sleep", () => {
    const clusterer = new StreamingClusterer({ now: Date.parse("2025-09-10T00:00:00Z") });
    clusterer.add(JOE_DOC);
    clusterer.add({ ...FUNICULAR_DOC, publishedAt: "2150-01-01T00:00:00Z" });
    // Had the clock jumped to 2150, the Putin story would be dormant and this related undated report
    // (below dormantThreshold, see the dormancy test) would start a story of its own.
    const related = clusterer.add(reword(OTHER_DOC, "undated-related", { publishedAt: null }));
    expect(related.score).toBeLessThan(CLUSTER_PARAMETERS.dormantThreshold);
    expect(related).toMatchObject({ status: "joined", storyId: "s1" });
  });

  it("answers a repeated id or a repeated text with the first answer, counted once", () => {
    const clusterer = new StreamingClusterer();
    const first = clusterer.add(JOE_DOC);
    expect(clusterer.add(JOE_DOC)).toMatchObject({ status: "duplicate", storyId: first.storyId });
    expect(clusterer.add({ ...JOE_DOC, id: "syndicated" })).toMatchObject({ status: "duplicate" });
    expect(clusterer.story(first.storyId)?.documentCount).toBe(1);
  });

  it("is deterministic", () => {
    const docs = [JOE_DOC, FUNICULAR_DOC, OTHER_DOC, KYIV_STRIKE_DOC, reword(FUNICULAR_DOC, "f2")];
    const run = () => {
      const clusterer = new StreamingClusterer();
      return docs.map((doc) => clusterer.add(doc));
    };
    expect(run()).toEqual(run());
  });

  it("puts stories dormantDays behind the clock to sleep: only a strong undated match revives one", () => {
    // JOE_DOC is dated 2025-09-05; the funicular report moves the clock to 2026-01-01, past dormantDays.
    const idle = new StreamingClusterer({ now: Date.parse("2026-06-01T00:00:00Z") });
    const joe = idle.add(JOE_DOC);
    idle.add({ ...FUNICULAR_DOC, publishedAt: "2026-01-01T00:00:00Z" });
    expect(idle.add(JOE_DOC).storyId).toBe(joe.storyId);
    // A dated late report of the sleeping story starts a new one rather than reviving it.
    expect(idle.add(reword(OTHER_DOC, "late", { publishedAt: "2026-01-02T00:00:00Z" })).storyId).not.toBe(
      joe.storyId,
    );
    // Undated, a related report is not enough (it would join an active story)…
    expect(idle.add(reword(OTHER_DOC, "undated-related", { publishedAt: null })).storyId).not.toBe(
      joe.storyId,
    );
    // …but another outlet's copy of the same report is, and the story wakes up.
    const copy = idle.add(reword(JOE_DOC, "undated-copy", { publishedAt: null }));
    expect(copy).toMatchObject({ status: "joined", storyId: joe.storyId });
    expect(copy.score).toBeGreaterThanOrEqual(CLUSTER_PARAMETERS.dormantThreshold);
    expect(idle.story(joe.storyId)?.documentCount).toBe(2);

    const capped = new StreamingClusterer({ maxStories: 2 });
    for (const doc of [JOE_DOC, FUNICULAR_DOC, KYIV_STRIKE_DOC]) capped.add(doc);
    expect(capped.storyCount).toBe(2);
    expect(capped.story("s1")).toBeNull();
  });
});

describe("clusterStep", () => {
  const joe = profileDocument(JOE_DOC, EMPTY);
  const other = profileDocument(OTHER_DOC, EMPTY);

  it("merges two stories an article shows to be one", () => {
    const candidates = [
      { storyId: "a", profile: addToStoryProfile(null, joe) },
      { storyId: "b", profile: addToStoryProfile(null, other) },
      { storyId: "c", profile: addToStoryProfile(null, profileDocument(FUNICULAR_DOC, EMPTY)) },
    ];
    const bridge = profileDocument(
      reword(JOE_DOC, "bridge", { text: `${JOE_DOC.text}\n\n${OTHER_DOC.text}` }),
      EMPTY,
    );
    const step = clusterStep(bridge, candidates, { mergeThreshold: 0.3 });
    expect(step.assignment.storyId).not.toBeNull();
    expect(step.absorbed).toHaveLength(1);
    expect(step.absorbed).not.toContain("c");
    expect(step.story.documentCount).toBe(3);
    expect(step.keys.length).toBeGreaterThan(0);
    // With a merge threshold out of reach, nothing is merged.
    expect(clusterStep(bridge, candidates, { mergeThreshold: 1.01 }).absorbed).toEqual([]);
    // A story an editor shaped is never folded, though the article may still join it.
    const kept = clusterStep(bridge, candidates, { mergeThreshold: 0.3, keepApart: new Set(step.absorbed) });
    expect(kept.absorbed).toEqual([]);
    expect(kept.assignment.storyId).toBe(step.assignment.storyId);
  });

  it("leaves an article of one or two words alone and unindexed, as ingest and recluster use it", () => {
    const story = addToStoryProfile(null, joe);
    for (const text of ["Putin", "Putin Vladivostok"]) {
      const short = profileDocument({ ...JOE_DOC, id: "short", title: "", text }, EMPTY);
      const step = clusterStep(short, [{ storyId: "a", profile: story }], { threshold: 0 });
      expect(step).toMatchObject({ assignment: { storyId: null, score: 0 }, absorbed: [], keys: [] });
    }
    // Three words are enough to be matched (and, at threshold 0, to join).
    const three = profileDocument(
      { ...JOE_DOC, id: "three", title: "", text: "Putin Vladivostok forum" },
      EMPTY,
    );
    expect(clusterStep(three, [{ storyId: "a", profile: story }], { threshold: 0 }).assignment.storyId).toBe(
      "a",
    );
  });

  it("asks less of a story of the same hours than of one a day away, never less than coincidentThreshold", () => {
    const story = addToStoryProfile(null, profileDocument({ ...JOE_DOC, publishedAt: "2024-05-01" }, EMPTY));
    const dated = (publishedAt: string) => profileDocument({ ...OTHER_DOC, publishedAt }, EMPTY);
    const score = clusterStep(dated("2024-05-01"), [{ storyId: "a", profile: story }], { threshold: 0 })
      .assignment.score;
    const between = { threshold: score + 0.01, coincidentThreshold: score - 0.01 };
    const joins = (publishedAt: string, options: { threshold: number; coincidentThreshold: number }) =>
      clusterStep(dated(publishedAt), [{ storyId: "a", profile: story }], options).assignment.storyId;
    expect(joins("2024-05-01", between)).toBe("a");
    expect(joins("2024-05-01T10:00:00Z", between)).toBe("a");
    // A day on, the time factor is still 1 (graceDays), but the date no longer corroborates the text.
    expect(joins("2024-05-02", between)).toBeNull();
    expect(joins("2024-05-01", { threshold: score + 0.02, coincidentThreshold: score + 0.01 })).toBeNull();
    // On a busy day, a second story of that day as high makes the date no clue.
    const twin = {
      storyId: "b",
      profile: addToStoryProfile(
        null,
        profileDocument({ ...JOE_DOC, id: "twin", publishedAt: "2024-05-01" }, EMPTY),
      ),
    };
    expect(
      clusterStep(dated("2024-05-01"), [{ storyId: "a", profile: story }, twin], between).assignment.storyId,
    ).toBeNull();
    // An undated article has no date to corroborate anything.
    const undated = profileDocument({ ...OTHER_DOC, publishedAt: null }, EMPTY);
    expect(clusterStep(undated, [{ storyId: "a", profile: story }], between).assignment.storyId).toBeNull();
  });

  it("starts a new story with no candidates, reporting no reasons", () => {
    const step = clusterStep(joe, []);
    expect(step.assignment).toEqual({ storyId: null, score: 0, sharedTerms: [], sharedEntities: [] });
    expect(step.story.documentCount).toBe(1);
  });
});
