import { describe, expect, it } from "vitest";
import { headerDates, isDateLine, parseDateLine, parseDateLineParts, parseDateText } from "./dates";

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

describe("dates in other languages", () => {
  it.each([
    ["16. September 2025", "2025-09-16"],
    ["3. März 2025, 08:15 Uhr", "2025-03-03"],
    ["1er août 2025", "2025-08-01"],
    ["12 décembre 2024", "2024-12-12"],
    ["5 de septiembre de 2025", "2025-09-05"],
    ["7 ottobre 2025", "2025-10-07"],
    ["21 mei 2025", "2025-05-21"],
    ["9 de março de 2025", "2025-03-09"],
  ])("reads %s", (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  it("accepts date lines with their labels", () => {
    expect(parseDateLine("Veröffentlicht am 16. September 2025 um 05:30 Uhr")).toBe("2025-09-16");
    expect(parseDateLine("Publié le 3 mars 2025 à 08h15")).toBe("2025-03-03");
    expect(parseDateLine("Der Minister sprach am 16. September 2025 in Berlin")).toBeNull();
  });
});

describe("publication and revision dates on date lines", () => {
  it("splits a line into its publication and revision dates", () => {
    expect(parseDateLineParts("Published 5 Sep 2025, updated 6 Sep 2025")).toEqual({
      published: "2025-09-05",
      modified: "2025-09-06",
    });
    expect(parseDateLineParts("May 20, 2025 | Updated May 21, 2025 at 9:05 a.m.")).toEqual({
      published: "2025-05-20",
      modified: "2025-05-21",
    });
    expect(parseDateLineParts("Updated Sep 6, 2025 at 4:10 p.m.")).toEqual({
      published: null,
      modified: "2025-09-06",
    });
    expect(parseDateLineParts("Aktualisiert am 17.09.2025, 14:12 Uhr")).toEqual({
      published: null,
      modified: "2025-09-17",
    });
    expect(parseDateLineParts("The minister spoke on 5 September 2025")).toBeNull();
  });

  it("does not take a date range for a publication and a revision", () => {
    expect(isDateLine("29 November 2018 | 20 January 2019")).toBe(false);
  });

  it("takes the dates nearest the body", () => {
    expect(
      headerDates(["Politics", "5 Sep 2025", "By Jane Doe", "Updated 6 Sep 2025 10:00", "6 Sep 2025"]),
    ).toEqual({ published: "2025-09-06", modified: "2025-09-06" });
    expect(headerDates(["Politics", "By Jane Doe"])).toEqual({ published: null, modified: null });
  });
});
