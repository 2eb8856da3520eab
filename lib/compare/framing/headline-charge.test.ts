import { describe, expect, it } from "vitest";
import { headlineCharge } from "./headline-charge";

describe("headlineCharge", () => {
  it("is zero for a plain report of the event", () => {
    expect(headlineCharge("Senate passes spending bill, averting shutdown")).toBe(0);
  });

  it("counts loaded words in title case, quoted epithets, exclamations and questions", () => {
    expect(headlineCharge("Liberals Fume At 'Worst Negotiator' Chuck Schumer After Shutdown Deal")).toBe(2);
    expect(headlineCharge("Trump Falsely Claims Victory!")).toBe(3);
    expect(headlineCharge("Is this the end of the deal?")).toBe(1);
  });
});
