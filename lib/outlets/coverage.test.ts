import { describe, expect, it } from "vitest";
import { describeCoverage } from "./coverage";

describe("describeCoverage", () => {
  it("counts outlets, their countries and their types in the scheme's order", () => {
    expect(
      describeCoverage([
        { country: "GB", type: "private" },
        { country: "RU", type: "state-controlled" },
        { country: "GB", type: null },
      ]),
    ).toBe("3 outlets from 2 countries, 1 state-controlled, 1 private");
  });

  it("says nothing about facts nobody recorded", () => {
    expect(describeCoverage([{ country: null, type: null }])).toBe("1 outlet");
    expect(describeCoverage([{ country: "FR", type: null }])).toBe("1 outlet from 1 country");
    expect(describeCoverage([])).toBe("0 outlets");
  });
});
