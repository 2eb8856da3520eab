import { describe, expect, it } from "vitest";
import { cleanLabel } from "./label";

describe("cleanLabel", () => {
  it("removes control, bidi-override and zero-width characters and collapses whitespace", () => {
    expect(cleanLabel("Harbour\u0000 Daily\u0007")).toBe("Harbour Daily");
    expect(cleanLabel("\u202eswen ylgnirts\u202c Post")).toBe("swen ylgnirts Post");
    expect(cleanLabel("a\u2066b\u2067c\u2068d\u2069e\u202af\u202bg\u202dh")).toBe("abcdefgh");
    expect(cleanLabel("  Tunnel\n\tvote\u200b \u0085 approved\u009b  ")).toBe("Tunnel vote approved");
    expect(cleanLabel("\u007f")).toBe("");
  });

  it("keeps every other letter, mark and the right-to-left marks scripts need", () => {
    expect(cleanLabel("Café — «Le Monde» 東京 \u05e9\u05dc\u05d5\u05dd\u200f")).toBe(
      "Café — «Le Monde» 東京 \u05e9\u05dc\u05d5\u05dd\u200f",
    );
    expect(cleanLabel("Cafe\u0301")).toBe("Café");
  });
});
