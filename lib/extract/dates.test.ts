import { describe, expect, it } from "vitest";
import { isDateLine, parseDateLine, parseDateText } from "./dates";

describe("parseDateText", () => {
  it.each([
    ["05th Sep 2025", "2025-09-05"],
    ["5 September 2025", "2025-09-05"],
    ["Sep 5, 2025", "2025-09-05"],
    ["September 5th, 2025", "2025-09-05"],
    ["Nov. 19, 2019 6:02 AM EST", "2019-11-19"],
    ["Tue, Nov 19, 2019", "2019-11-19"],
    ["2025-09-05", "2025-09-05"],
    ["19.11.2019, 08:57", "2019-11-19"],
    ["2025-09-05T10:00:00+02:00", "2025-09-05T08:00:00.000Z"],
    ["2025-09-05T23:30:00Z", "2025-09-05T23:30:00.000Z"],
    ["2025-09-05T10:00:00+0530", "2025-09-05T04:30:00.000Z"],
    ["11/20/2019 01:14 PM", "2019-11-20"],
    ["20/11/2019", "2019-11-20"],
  ])("reads %s", (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  it("keeps only the date of a timestamp without a zone, instead of guessing one", () => {
    expect(parseDateText("2025-09-05T10:00:00")).toBe("2025-09-05");
  });

  it.each(["31 Feb 2025", "2025-13-01", "Sep 2025", "yesterday", "", "15 Sep 1850", "05/09/2025"])(
    "rejects %j",
    (input) => {
      expect(parseDateText(input)).toBeNull();
    },
  );
});

describe("parseDateLine", () => {
  it("accepts lines that are only a date, with the usual labels", () => {
    expect(parseDateLine("05th Sep 2025")).toBe("2025-09-05");
    expect(parseDateLine("Published: Tue 5 September 2025, 10:32 BST")).toBe("2025-09-05");
    expect(parseDateLine("Updated Sep 5, 2025 at 4:10 p.m.")).toBe("2025-09-05");
  });

  it("rejects sentences that merely mention a date", () => {
    expect(parseDateLine("Putin spoke in Vladivostok on 5 September 2025 about the war")).toBeNull();
    expect(isDateLine("Putin spoke in Vladivostok on 5 September 2025 about the war")).toBe(false);
  });

  it("recognises date lines whose date cannot be pinned down", () => {
    expect(isDateLine("05/09/2025 10:08 AM")).toBe(true);
    expect(parseDateLine("05/09/2025 10:08 AM")).toBeNull();
    expect(isDateLine("3 hours ago")).toBe(true);
    expect(isDateLine("March 12, 2025 at 9:14 am")).toBe(true);
  });
});
