import { describe, expect, it } from "vitest";
import { profileDocument } from "./profile";
import { addToStoryProfile } from "./story";
import { indexKeys, InMemoryStoryIndex, storyIndexKeys } from "./story-index";
import { FUNICULAR_DOC, JOE_DOC, OTHER_DOC } from "./__fixtures__/documents";

const EMPTY = { documentCount: 0, documentFrequency: {} };

describe("indexKeys", () => {
  it("posts a story under its heavy terms and names, and finds it from another report of the event", () => {
    const joe = profileDocument(JOE_DOC, EMPTY);
    const keys = indexKeys(joe);
    expect(keys).toEqual(expect.arrayContaining(["t|putin", "e|vladimir putin"]));
    expect(keys.some((k) => k.startsWith("t|#"))).toBe(false);
    expect(new Set(keys).size).toBe(keys.length);
    const storyKeys = storyIndexKeys(addToStoryProfile(null, joe));
    expect(storyKeys.length).toBeGreaterThan(keys.length);
    const other = indexKeys(profileDocument(OTHER_DOC, EMPTY));
    expect(other.filter((k) => storyKeys.includes(k)).length).toBeGreaterThanOrEqual(3);
    const unrelated = indexKeys(profileDocument(FUNICULAR_DOC, EMPTY));
    expect(unrelated.filter((k) => storyKeys.includes(k))).toEqual([]);
    expect(indexKeys(joe, { keyTerms: 2, keyEntities: 1 })).toHaveLength(3);
  });
});

describe("InMemoryStoryIndex", () => {
  it("ranks candidates by keys shared, then most recently posted, then id, up to the limit", () => {
    const index = new InMemoryStoryIndex();
    index.post("a", ["x", "y"]);
    index.post("b", ["x"]);
    index.post("c", ["x", "y", "z"]);
    expect(index.candidates(["x", "y", "z"], 10)).toEqual(["c", "a", "b"]);
    expect(index.candidates(["x"], 2)).toEqual(["c", "b"]);
    expect(index.candidates(["nothing"], 10)).toEqual([]);
  });

  it("replaces a story's keys when it is posted again, and forgets removed stories", () => {
    const index = new InMemoryStoryIndex();
    index.post("a", ["x"]);
    index.post("a", ["y"]);
    expect(index.candidates(["x"], 10)).toEqual([]);
    expect(index.candidates(["y"], 10)).toEqual(["a"]);
    index.remove("a");
    expect(index.candidates(["y"], 10)).toEqual([]);
    expect(index.size).toBe(0);
    expect(index.keyCount).toBe(0);
  });

  it("keeps only the most recently posted stories under a crowded key", () => {
    const index = new InMemoryStoryIndex({ maxPostingsPerKey: 3 });
    for (const id of ["s1", "s2", "s3", "s4", "s5"]) index.post(id, ["police", `own-${id}`]);
    expect(index.candidates(["police"], 10)).toEqual(["s5", "s4", "s3"]);
    // Dropped from the crowded key, an old story is still found by its own keys.
    expect(index.candidates(["own-s1"], 10)).toEqual(["s1"]);
  });
});
