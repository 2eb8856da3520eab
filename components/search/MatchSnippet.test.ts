import { describe, expect, it } from "vitest";
import { markedParts } from "./MatchSnippet";

describe("MatchSnippet", () => {
  it("splits an excerpt into marked and unmarked parts, skipping offsets that do not fit", () => {
    const parts = markedParts({
      text: "<script>x</script> immigrants",
      highlights: [
        { start: 19, end: 29 },
        { start: 5, end: 2 },
        { start: 25, end: 99 },
      ],
    });
    expect(parts).toEqual([
      { text: "<script>x</script> ", marked: false },
      { text: "immigrants", marked: true },
    ]);
  });
});
