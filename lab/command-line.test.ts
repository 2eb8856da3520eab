import { describe, expect, it } from "vitest";
import { readCommandLine } from "./command-line";

const config = { options: { data: { type: "string" }, folds: { type: "string" } } } as const;

describe("readCommandLine", () => {
  it("parses known options", () => {
    const read = readCommandLine({ config, args: ["--data", "dir", "--folds", "5"] });
    expect(read.kind).toBe("parsed");
    if (read.kind === "parsed") expect(read.parsed.values).toEqual({ data: "dir", folds: "5" });
  });

  it("asks for the usage on --help or -h, wherever it stands", () => {
    expect(readCommandLine({ config, args: ["--help"] }).kind).toBe("help");
    expect(readCommandLine({ config, args: ["--data", "dir", "-h"] }).kind).toBe("help");
  });

  it("names an unknown option instead of throwing", () => {
    const read = readCommandLine({ config, args: ["--dta", "dir"] });
    expect(read.kind).toBe("error");
    if (read.kind === "error") expect(read.message).toContain("--dta");
  });

  it("names an option missing its value", () => {
    const read = readCommandLine({ config, args: ["--data"] });
    expect(read.kind).toBe("error");
    if (read.kind === "error") expect(read.message).toContain("--data");
  });
});
