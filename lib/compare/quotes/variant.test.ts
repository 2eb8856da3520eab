import { describe, expect, it } from "vitest";
import { classifyVariant } from "./variant";
import { JOE_PUTIN_QUOTE, OTHER_PUTIN_QUOTE } from "../__fixtures__/seed-quotes";

describe("classifyVariant", () => {
  it("calls wordings identical when only case, punctuation, spacing or quote style differ", () => {
    expect(
      classifyVariant("We’re turning back to the main reason.", "we're  turning back, to the main reason"),
    ).toBe("identical");
    expect(classifyVariant("“legitimate targets”", '"Legitimate targets"')).toBe("identical");
    expect(classifyVariant("", "")).toBe("identical");
  });

  it("calls a contiguous run of the other's words a truncation, whichever side is shorter", () => {
    expect(classifyVariant(JOE_PUTIN_QUOTE, "these will be legitimate targets for their destruction")).toBe(
      "truncated",
    );
    expect(classifyVariant("If any troops appear there", JOE_PUTIN_QUOTE)).toBe("truncated");
    expect(classifyVariant(JOE_PUTIN_QUOTE, "especially now, during military operations")).toBe("truncated");
  });

  it("accepts cuts marked with an ellipsis when the pieces keep their order", () => {
    expect(
      classifyVariant(JOE_PUTIN_QUOTE, "If any troops appear there … these will be legitimate targets"),
    ).toBe("truncated");
    expect(classifyVariant(JOE_PUTIN_QUOTE, "If any troops appear there [...] legitimate targets")).toBe(
      "truncated",
    );
    expect(classifyVariant(JOE_PUTIN_QUOTE, "legitimate targets ... If any troops appear there")).toBe(
      "reworded",
    );
  });

  it("calls a different translation or a paraphrase reworded", () => {
    expect(classifyVariant(JOE_PUTIN_QUOTE, OTHER_PUTIN_QUOTE)).toBe("reworded");
    expect(classifyVariant("troops appear there", "troops there appear")).toBe("reworded");
  });

  it("counts an empty variant as a truncation of a non-empty reference", () => {
    expect(classifyVariant("Peace talks", "")).toBe("truncated");
  });
});
