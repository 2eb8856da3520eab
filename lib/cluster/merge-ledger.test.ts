import { describe, expect, it } from "vitest";
import { MergeLedger } from "./merge-ledger";

describe("MergeLedger", () => {
  it("follows chains of merges", () => {
    const ledger = new MergeLedger();
    ledger.record("b", ["a"]);
    ledger.record("c", ["b", "x"]);
    expect(["a", "b", "c", "x", "y"].map((s) => ledger.resolve(s))).toEqual(["c", "c", "c", "c", "y"]);
  });
});
