import { describe, it } from "vitest";
import { assertFuzzProperty } from "@/lib/testing/fuzz";
import { alignmentProperty, diffProperty } from "./compare.fuzz";

describe("comparison under fuzzing", () => {
  it("aligns sentences at their true offsets, one per article per row, deterministically", () => {
    assertFuzzProperty(alignmentProperty);
  });

  it("word diffs reconstruct both sides", () => {
    assertFuzzProperty(diffProperty);
  });
});
