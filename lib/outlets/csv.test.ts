import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("gives each record the line it starts on, across quoted line breaks and blank lines", () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\n"x\ny",2\n3,4,5\n\n\n6,7')).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["x\ny", "2"] },
      { line: 5, fields: ["3", "4", "5"] },
      { line: 8, fields: ["6", "7"] },
    ]);
  });

  it("names the line of bad quoting", () => {
    expect(() => parseCsv('a,b\n"x,2\n')).toThrow(/^line 2: a quoted field is never closed$/);
    expect(() => parseCsv('a,b\nx"y,2\n')).toThrow(/^line 2: a quote/);
    expect(() => parseCsv('a,b\n"x"y,2\n')).toThrow(/^line 2: text after a quoted field/);
  });
});
