import { describe, expect, it } from "vitest";
import { FUNICULAR_DOC, JOE_DOC, OTHER_DOC } from "@/lib/cluster/__fixtures__/documents";
import { evaluateStream } from "./evaluate";

describe("evaluateStream", () => {
  it("scores the stream against gold stories", () => {
    const labelled = [
      { ...JOE_DOC, gold: "putin" },
      { ...OTHER_DOC, gold: "putin" },
      { ...FUNICULAR_DOC, gold: "lisbon" },
    ];
    const { scores, storyOf } = evaluateStream(labelled);
    expect(scores.b3F1).toBe(1);
    expect(storyOf.get(JOE_DOC.id)).toBe(storyOf.get(OTHER_DOC.id));
  });
});
