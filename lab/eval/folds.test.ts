import { describe, expect, it } from "vitest";
import { assignFolds, chooseByFold, parseFolds } from "./folds";

describe("grouped folds", () => {
  it("keeps a group in one fold and spreads groups evenly", () => {
    const items = ["a", "a", "b", "c", "c", "d"].map((group) => ({ group }));
    const folds = assignFolds(items, 2);
    expect(folds[0]).toBe(folds[1]);
    expect(folds[3]).toBe(folds[4]);
    expect(new Set(folds)).toEqual(new Set([0, 1]));
  });

  it("chooses on the other folds and keeps the first candidate on a tie", () => {
    // Candidate "x" is best on fold 0's data, "y" on fold 1's: each fold gets what the other prefers.
    const figure = (c: string, on: ReadonlySet<number>) =>
      on.has(0) ? (c === "x" ? 1 : 0) : c === "y" ? 1 : 0;
    expect(chooseByFold(["x", "y"], 2, figure).chosen).toEqual(["y", "x"]);
    expect(chooseByFold(["x", "y"], 2, () => 0.5).chosen).toEqual(["x", "x"]);
  });

  it("reads --folds", () => {
    expect(parseFolds(undefined)).toEqual({ folds: null, valid: true });
    expect(parseFolds("5")).toEqual({ folds: 5, valid: true });
    expect(parseFolds("1").valid).toBe(false);
    expect(parseFolds("x").valid).toBe(false);
  });
});
