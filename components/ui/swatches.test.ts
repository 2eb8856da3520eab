import { describe, expect, it } from "vitest";
import { SWATCH_COUNT, assignSwatches, outletSwatchIndex } from "./swatches";

describe("assignSwatches", () => {
  it("keeps each outlet's stable colour when it is free", () => {
    const swatches = assignSwatches(["The Harbour Daily"]);
    expect(swatches.get("The Harbour Daily")).toBe(outletSwatchIndex("The Harbour Daily"));
  });

  it("never gives two outlets on one page the same colour", () => {
    const names = Array.from({ length: SWATCH_COUNT }, (_, i) => `Outlet ${i}`);
    const swatches = assignSwatches([...names, "Outlet 3"]);
    expect(new Set(swatches.values()).size).toBe(SWATCH_COUNT);
    expect(swatches.size).toBe(SWATCH_COUNT);
  });

  it("does not depend on the order the outlets come in", () => {
    const names = Array.from({ length: 8 }, (_, i) => `Outlet ${i}`);
    expect([...assignSwatches(names).entries()].sort()).toEqual(
      [...assignSwatches([...names].reverse()).entries()].sort(),
    );
  });
});
