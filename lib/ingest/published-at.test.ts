import { describe, expect, it } from "vitest";
import { parsePublishedAt, publishedAtPrecision } from "./published-at";
import { articleRecordSchema } from "./records";

const iso = (value: string) => parsePublishedAt(value)?.toISOString() ?? null;

describe("parsePublishedAt", () => {
  it("reads ISO 8601 dates and date-times, zone-less ones as UTC", () => {
    expect(iso("2025-09-05")).toBe("2025-09-05T00:00:00.000Z");
    expect(iso(" 2025-09-05T10:00:00Z ")).toBe("2025-09-05T10:00:00.000Z");
    expect(iso("2025-09-05T10:00")).toBe("2025-09-05T10:00:00.000Z");
    expect(iso("2025-09-05T12:30:15.5+02:30")).toBe("2025-09-05T10:00:15.500Z");
    expect(iso("2025-09-05 10:00:00-0500")).toBe("2025-09-05T15:00:00.000Z");
    expect(iso("2024-02-29")).toBe("2024-02-29T00:00:00.000Z");
    expect(iso("1800-01-01")).toBe("1800-01-01T00:00:00.000Z");
  });

  it("refuses what is not a real calendar date and time in range", () => {
    for (const value of [
      "1",
      "2001",
      "yesterday",
      "Tue, 10 Jun 2025 10:00:00 GMT",
      "2025-02-31",
      "2025-02-29",
      "2025-04-31T10:00:00Z",
      "2025-13-01",
      "2025-00-10",
      "2025-09-05T24:00:00Z",
      "2025-09-05T10:60",
      "2025-09-05T10:00:00+25:00",
      "+275000-01-01",
      "-271821-04-20T00:00:00Z",
      "275000-01-01",
      "1799-12-31",
      "2201-01-01",
      "9999-12-31",
      "",
    ])
      expect(parsePublishedAt(value), JSON.stringify(value)).toBeNull();
  });

  it("is what the API and bulk import accept as publishedAt", () => {
    const record = (publishedAt: string) => articleRecordSchema.safeParse({ text: "x", publishedAt });
    expect(record("2025-09-05T10:00:00Z").success).toBe(true);
    for (const bad of ["1", "2025-02-31", "+275000-01-01"]) expect(record(bad).success, bad).toBe(false);
  });
});

describe("publishedAtPrecision", () => {
  it("is a day for a date alone and an instant for a date with a time", () => {
    expect(publishedAtPrecision("2018-03-04")).toBe("day");
    expect(publishedAtPrecision(" 2018-03-04 ")).toBe("day");
    expect(publishedAtPrecision("2018-03-04T00:00:00Z")).toBe("instant");
    expect(publishedAtPrecision("2018-03-04T10:00")).toBe("instant");
  });
});
