import { describe, it } from "vitest";
import { assertFuzzProperty } from "@/lib/cli/fuzz-properties";

describe("comparison under fuzzing", () => {
  it("aligns sentences at their true offsets, one per article per row, deterministically", () => {
    assertFuzzProperty("alignment");
  });

  it("word diffs reconstruct both sides", () => {
    assertFuzzProperty("diff");
  });
});
