import { describe, expect, it } from "vitest";
import { topByValue, topIndicesByValue } from "./top";

describe("topByValue", () => {
  it("matches a full sort, ties by key, for any size", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (const size of [0, 1, 5, 50, 400]) {
      const entries: [string, number][] = Array.from({ length: size }, (_, i) => [
        `k${i}`,
        Math.round(next() * 20),
      ]);
      const expected = [...entries]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, 16);
      expect(topByValue([...entries], 16)).toEqual(expected);
    }
    expect(topByValue([["a", 1]], 0)).toEqual([]);
  });

  it("topIndicesByValue picks the same entries as topByValue", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (const size of [0, 1, 5, 31, 33, 400]) {
      const keys = Array.from({ length: size }, (_, i) => `k${(i * 37) % 1000}`);
      const values = keys.map(() => Math.round(next() * 20) / 4);
      const entries = keys.map((key, i): [string, number] => [key, values[i] ?? 0]);
      for (const limit of [0, 1, 16]) {
        const picked = topIndicesByValue(keys, values, limit).map((i): [string, number] => [
          keys[i] ?? "",
          values[i] ?? 0,
        ]);
        expect(picked).toEqual(topByValue([...entries], limit));
      }
    }
  });
});
