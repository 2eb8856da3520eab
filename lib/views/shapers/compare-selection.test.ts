import { describe, expect, it } from "vitest";
import {
  DEFAULT_COMPARED_ARTICLES,
  MAX_COMPARED_ARTICLES,
  selectComparedArticles,
} from "./compare-selection";

const members = ["a", "b", "c", "d", "e", "f", "g", "h"];

describe("selectComparedArticles", () => {
  it("takes the story's first articles when nothing is asked for", () => {
    const selection = selectComparedArticles(members);
    expect(selection.articleIds).toEqual(members.slice(0, DEFAULT_COMPARED_ARTICLES));
    expect(selection).toMatchObject({ isDefault: true, tooFew: false, truncated: false });
  });

  it("takes the requested members in the order asked, once each, ignoring strangers", () => {
    const selection = selectComparedArticles(members, ["c", "x", "a", "c"]);
    expect(selection.articleIds).toEqual(["c", "a"]);
    expect(selection).toMatchObject({ isDefault: false, tooFew: false });
  });

  it("counts a request for exactly the first articles as the default selection", () => {
    expect(selectComparedArticles(members, ["a", "b", "c", "d"]).isDefault).toBe(true);
    expect(selectComparedArticles(members, ["b", "a", "c", "d"]).isDefault).toBe(false);
  });

  it("says too few when under two of the requested belong to the story, and falls back to the default", () => {
    const selection = selectComparedArticles(members, ["b", "zz"]);
    expect(selection.tooFew).toBe(true);
    expect(selection.requested).toEqual(["b"]);
    expect(selection.articleIds).toEqual(members.slice(0, DEFAULT_COMPARED_ARTICLES));
  });

  it("cuts a long request to the maximum and says so", () => {
    const selection = selectComparedArticles(members, [...members].reverse());
    expect(selection.articleIds).toEqual([...members].reverse().slice(0, MAX_COMPARED_ARTICLES));
    expect(selection.truncated).toBe(true);
  });

  it("handles a story smaller than the default", () => {
    expect(selectComparedArticles(["a", "b"]).articleIds).toEqual(["a", "b"]);
  });
});
