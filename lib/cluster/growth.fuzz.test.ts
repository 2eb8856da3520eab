import { describe, expect, it } from "vitest";
import { superLinearSteps } from "@/lib/testing/growth";
import {
  addToStoryProfile,
  analyseDocument,
  clusterStep,
  profileAnalysis,
  type ClusterDocument,
} from "./index";

/* Issue 15: every analysis stage linear in its input, on the bodies an attacker would send (lib/testing/growth.ts). */
const STATS = { documentCount: 50, documentFrequency: { border: 5, talks: 3 } };

function profileOf(doc: ClusterDocument) {
  return profileAnalysis(doc, analyseDocument(doc), STATS);
}

describe("clustering of adversarial bodies of 10k, 100k and 1M characters", () => {
  it("profiling and assigning an article grows about linearly", { timeout: 120_000 }, () => {
    const story = addToStoryProfile(
      null,
      profileOf({
        id: "s",
        title: "Border talks",
        text: "Border talks in Geneva.",
        publishedAt: null,
        language: "en",
      }),
    );
    const stage = {
      name: "clustering",
      prepare: (text: string): ClusterDocument => ({
        id: "d",
        title: "Talks",
        text,
        publishedAt: null,
        language: "en",
      }),
      run: (doc: ClusterDocument) => clusterStep(profileOf(doc), [{ storyId: "s", profile: story }]),
    };
    expect(superLinearSteps(stage)).toEqual([]);
  });
});
