import { describe, expect, it } from "vitest";
import { compareSearchSchema, parseId, storyListSearchSchema } from "./params";

describe("route params", () => {
  it("parses the story list query with safe defaults", () => {
    expect(storyListSearchSchema.parse({})).toEqual({ q: undefined, page: 1 });
    expect(storyListSearchSchema.parse({ q: "  port strike ", page: "3" })).toEqual({
      q: "port strike",
      page: 3,
    });
    expect(storyListSearchSchema.parse({ q: ["a", "b"], page: ["2", "9"] })).toEqual({ q: "a", page: 2 });
    expect(storyListSearchSchema.parse({ q: "   ", page: "-4" })).toEqual({ q: undefined, page: 1 });
    expect(storyListSearchSchema.parse({ page: "abc" }).page).toBe(1);
    expect(storyListSearchSchema.parse({ q: "x".repeat(500) }).q).toBeUndefined();
  });

  it("accepts comma lists and repeated article ids, dropping junk", () => {
    expect(compareSearchSchema.parse({ articles: "a1,b2, c3" }).articles).toEqual(["a1", "b2", "c3"]);
    expect(compareSearchSchema.parse({ articles: ["a1", "b2,a1", "<script>"] }).articles).toEqual([
      "a1",
      "b2",
    ]);
    expect(compareSearchSchema.parse({}).articles).toBeUndefined();
  });

  it("validates ids", () => {
    expect(parseId("cmabc_12-x")).toBe("cmabc_12-x");
    expect(parseId("../etc")).toBeNull();
    expect(parseId("")).toBeNull();
    expect(parseId(undefined)).toBeNull();
  });
});
