import { describe, expect, it } from "vitest";
import { firstOpeningFrom, firstOpeningIn, lastWithin, spanAt, strictlyInside } from "./span-index";

const spans = [
  { open: 0, close: 5 },
  { open: 10, close: 20 },
  { open: 30, close: 31 },
];

describe("span-index", () => {
  it("finds the first span opening at or after a point", () => {
    expect([0, 1, 10, 11, 30, 31].map((at) => firstOpeningFrom(spans, at))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it("finds the span around a point, marks included or not", () => {
    expect(spanAt(spans, 0)).toBe(spans[0]);
    expect(spanAt(spans, 4)).toBe(spans[0]);
    expect(spanAt(spans, 5)).toBeUndefined();
    expect(spanAt(spans, 19)).toBe(spans[1]);
    expect(strictlyInside(spans, 10)).toBe(false);
    expect(strictlyInside(spans, 11)).toBe(true);
    expect(strictlyInside(spans, 20)).toBe(false);
  });

  it("finds spans by range", () => {
    expect(firstOpeningIn(spans, 1, 30)).toBe(spans[1]);
    expect(firstOpeningIn(spans, 11, 30)).toBeUndefined();
    expect(lastWithin(spans, 0, 25)).toBe(spans[1]);
    expect(lastWithin(spans, 0, 15)).toBe(spans[0]);
    expect(lastWithin(spans, 1, 15)).toBeUndefined();
  });
});
