import { describe, expect, it } from "vitest";
import { parseFeedDate } from "./dates";

describe("parseFeedDate", () => {
  it.each([
    // RFC 822 as the RSS spec means it
    ["Tue, 10 Jun 2025 04:00:00 GMT", "2025-06-10T04:00:00.000Z"],
    ["Tue, 10 Jun 2025 04:00:00 +0200", "2025-06-10T02:00:00.000Z"],
    ["Tue, 10 Jun 2025 04:00:00 EDT", "2025-06-10T08:00:00.000Z"],
    ["10 Jun 25 04:00 -0330", "2025-06-10T07:30:00.000Z"],
    ["Tue, 10 Jun 2025 04:00:00 Z", "2025-06-10T04:00:00.000Z"],
    // ISO 8601 / RFC 3339
    ["2025-06-10T04:00:00Z", "2025-06-10T04:00:00.000Z"],
    ["2025-06-10T04:00:00.123+02:00", "2025-06-10T02:00:00.000Z"],
    ["2025-06-10t04:00:00z", "2025-06-10T04:00:00.000Z"],
    ["2025-06-10 04:00:00 +0530", "2025-06-09T22:30:00.000Z"],
    ["2025-06-10", "2025-06-10"],
    // common broken forms
    ["Mon, 10 Jun 2025 04:00:00 GMT", "2025-06-10T04:00:00.000Z"], // wrong weekday
    ["Tuesday, 10 June 2025 04:00:00 GMT", "2025-06-10T04:00:00.000Z"],
    ["Tue, 10 Jun 2025 4:00 PM GMT", "2025-06-10T16:00:00.000Z"],
    ["June 10, 2025 12:30 am UTC", "2025-06-10T00:30:00.000Z"],
    ["Tue Jun 10 2025 06:00:00 GMT+0200 (Central European Summer Time)", "2025-06-10T04:00:00.000Z"],
    ["Tue Jun 10 04:00:00 2025", "2025-06-10"], // asctime: no zone
    ["Tue, 10 Jun 2025 04:00:00", "2025-06-10"], // no zone: the date, not a guess
    ["2025-06-10T04:00:00", "2025-06-10"],
    ["Tue, 10 Jun 2025 04:00:00 IST", "2025-06-10"], // ambiguous zone
    ["2025/06/10 04:00:00 +00:00", "2025-06-10T04:00:00.000Z"],
    ["  Tue,  10 Jun 2025\n04:00:00 GMT ", "2025-06-10T04:00:00.000Z"],
    ["ven., 05 sept. 2025 10:00:00 +0200", "2025-09-05T08:00:00.000Z"],
    ["Di, 10 Mär 2025 04:00:00 +0100", "2025-03-10T03:00:00.000Z"],
    ["Tue, 30 Jun 2015 23:59:60 GMT", "2015-06-30T23:59:59.000Z"], // leap second
  ])("reads %j", (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    "",
    "yesterday",
    "Tue, 31 Feb 2025 04:00:00 GMT",
    "2025-13-01",
    "0000-00-00 00:00:00",
    "Tue, 10 Jun 2025 25:00:00 GMT",
    "Tue, 10 Foo 2025 04:00:00 GMT",
    "Thu, 01 Jan 1970 00:00:00 +0000",
    "1970-01-01T00:00:00Z",
    "31 Dec 1989",
    "2150-01-01",
    "x".repeat(10_000),
  ])("returns null for %j", (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it("refuses dates more than two days after now, and only with a now", () => {
    const now = new Date("2025-06-10T00:00:00Z");
    expect(parseFeedDate("2025-06-11T23:59:00Z", now)).toBe("2025-06-11T23:59:00.000Z");
    expect(parseFeedDate("2025-06-12T00:01:00Z", now)).toBeNull();
    expect(parseFeedDate("2025-06-20", now)).toBeNull();
    expect(parseFeedDate("2025-06-20")).toBe("2025-06-20");
  });
});
