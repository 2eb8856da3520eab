import { describe, it } from "vitest";
import { assertFuzzProperty } from "@/lib/cli/fuzz-properties";

describe("quotation parsing under fuzzing", () => {
  it("keeps offsets inside the text, quote text equal to the body at its offsets, speaker spans inside", () => {
    assertFuzzProperty("quotations");
  });
});
