import { describe, expect, it } from "vitest";
import { comparisonKey } from "./story-comparison";

describe("comparisonKey", () => {
  it("depends on the set of member versions, not their order", () => {
    expect(comparisonKey(["v2", "v1"])).toBe(comparisonKey(["v1", "v2"]));
    expect(comparisonKey(["v1", "v2"])).not.toBe(comparisonKey(["v1", "v3"]));
    expect(comparisonKey(["v1"])).not.toBe(comparisonKey(["v1", "v2"]));
    expect(comparisonKey([])).toMatch(/^[0-9a-f]{64}$/);
  });
});
