import { describe, expect, it } from "vitest";
import {
  countryName,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatTime,
  languageName,
  listJoin,
  plural,
  countAtLeast,
} from "./format";

describe("format", () => {
  it("formats in UTC regardless of the host time zone", () => {
    expect(formatDateTime("2026-02-10T23:45:00-02:00")).toBe("11 Feb 2026, 01:45 UTC");
    expect(formatDate("2026-02-10T09:15:00Z")).toBe("10 Feb 2026");
  });

  it("shows a date given without a time as a date, with no invented midnight", () => {
    expect(formatDateTime("2018-03-04")).toBe("4 Mar 2018");
    expect(formatDateTime("2018-03-04T00:00:00.000Z")).toBe("4 Mar 2018, 00:00 UTC");
    expect(formatTime("2018-03-04")).toBeNull();
  });

  it("returns null for missing or invalid dates", () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDateTime("not a date")).toBeNull();
    expect(formatDateRange(null, undefined)).toBeNull();
  });

  it("compacts date ranges", () => {
    expect(formatDateRange("2026-02-10T09:00:00Z", "2026-02-10T18:00:00Z")).toBe("10 Feb 2026");
    expect(formatDateRange("2026-02-10T09:00:00Z", "2026-02-12T18:00:00Z")).toBe("10–12 Feb 2026");
    expect(formatDateRange("2026-02-28T09:00:00Z", "2026-03-02T18:00:00Z")).toBe("28 Feb – 2 Mar 2026");
    expect(formatDateRange("2025-12-30T09:00:00Z", "2026-01-02T18:00:00Z")).toBe("30 Dec 2025 – 2 Jan 2026");
    expect(formatDateRange(null, "2026-01-02T18:00:00Z")).toBe("2 Jan 2026");
  });

  it("pluralises and joins lists", () => {
    expect(plural(1, "article")).toBe("1 article");
    expect(plural(3, "article")).toBe("3 articles");
    expect(countAtLeast(12, false, "story", "stories")).toBe("12 stories");
    expect(countAtLeast(1, false, "story", "stories")).toBe("1 story");
    expect(countAtLeast(1000, true, "story", "stories")).toBe("1,000+ stories");
    expect(countAtLeast(1, true, "story", "stories")).toBe("1+ stories");
    expect(listJoin([])).toBe("");
    expect(listJoin(["A"])).toBe("A");
    expect(listJoin(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("display names", () => {
  it("names languages and countries, falling back to the code", () => {
    expect(languageName("en")).toBe("English");
    expect(countryName("ie")).toBe("Ireland");
    expect(languageName(null)).toBeNull();
    expect(languageName("not a code!")).toBe("not a code!");
  });
});
