import { describe, expect, it } from "vitest";
import { differingFigures, extractFigures, parseNumberWord } from "./figures";

describe("differingFigures", () => {
  it("reports the seed's 26 countries against 26 of Ukraine's allies", () => {
    expect(
      differingFigures(
        "It follows 26 countries that are part of the so-called Coalition of the Willing, claiming they would commit troops to Ukraine.",
        "Emmanuel Macron previously revealed that 26 of Ukraine's allies had agreed to send troops to the Eastern European country.",
      ),
    ).toEqual([{ from: "26 countries", to: "26 of Ukraine's allies" }]);
  });

  it("pairs a figure written in words with the same figure in digits", () => {
    expect(differingFigures("more than three-and-a-half years since", "over 3.5 years since")).toEqual([
      { from: "three-and-a-half years", to: "3.5 years" },
    ]);
  });

  it("reports different counts of the same thing, and percentages and money in either notation", () => {
    expect(
      differingFigures(
        "a 22-year-old man, 10 per cent, $5 million",
        "a 23-year-old man, 10%, 5 million dollars",
      ),
    ).toEqual([
      { from: "10 per cent", to: "10%" },
      { from: "$5 million", to: "5 million dollars" },
      { from: "22-year-old", to: "23-year-old" },
    ]);
  });

  it("reads numbers with thousands separators whole", () => {
    expect(differingFigures("1,200 people were evacuated", "some 1200 residents were evacuated")).toEqual([
      { from: "1,200 people", to: "1200 residents" },
    ]);
  });

  it("reports nothing when the figures are worded alike or absent", () => {
    expect(differingFigures("26 countries agreed", "Officials said 26 countries agreed")).toEqual([]);
    expect(differingFigures("No numbers here", "None here either")).toEqual([]);
  });
});

describe("figure parsing", () => {
  it("reads digits, separators and number words", () => {
    expect(parseNumberWord("1,200")).toEqual({ value: 1200, unit: "" });
    expect(parseNumberWord("twenty-six")).toEqual({ value: 26, unit: "" });
    expect(parseNumberWord("twenty-one")).toEqual({ value: 21, unit: "" });
    expect(parseNumberWord("one")).toBeNull();
    expect(parseNumberWord("troops")).toBeNull();
  });

  it("keeps the counted noun and stops at a clause", () => {
    expect(extractFigures("It follows 26 countries that are part of it").map((f) => f.phrase)).toEqual([
      "26 countries",
    ]);
  });
});
