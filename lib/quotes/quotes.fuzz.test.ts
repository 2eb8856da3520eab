import { describe, it } from "vitest";
import { assertFuzzProperty } from "@/lib/testing/fuzz";
import { quotationsProperty } from "./quotes.fuzz";

describe("quotation parsing under fuzzing", () => {
  it("keeps offsets inside the text, quote text equal to the body at its offsets, speaker spans inside", () => {
    assertFuzzProperty(quotationsProperty);
  });
});
