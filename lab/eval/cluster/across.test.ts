import { describe, expect, it } from "vitest";
import { CLUSTER_PARAMETERS } from "@/lib/cluster";
import { bcubedOver } from "./bcubed";
import { leaveOneSetOut, streamedInParts, withSetting } from "./across";

describe("clustering across sets", () => {
  it("chooses for each set the setting best on the others, never on the set itself", () => {
    const grid = [{}, { threshold: 0.1 }, { threshold: 0.2 }];
    // Set a loves setting 1, which b and c dislike; b and c agree on setting 2.
    const table = [
      [0.9, 0.95, 0.8],
      [0.9, 0.8, 0.92],
      [0.9, 0.81, 0.93],
    ];
    const rows = leaveOneSetOut(["a", "b", "c"], grid, table);
    expect(rows.map((r) => r.chosen)).toEqual([{ threshold: 0.2 }, {}, {}]);
    expect(rows[0]).toMatchObject({ heldOut: "a", f1: 0.8, committedF1: 0.9 });
    // A tie keeps the earlier (committed) setting.
    expect(
      leaveOneSetOut(["a", "b"], grid, [
        [0.5, 0.5, 0.5],
        [0.7, 0.7, 0.7],
      ])[0]?.chosen,
    ).toEqual({});
  });

  it("puts the committed parameters back, even when the run throws", () => {
    const before = CLUSTER_PARAMETERS.threshold;
    expect(withSetting({ threshold: 0.9 }, () => CLUSTER_PARAMETERS.threshold)).toBe(0.9);
    expect(() =>
      withSetting({ threshold: 0.9 }, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(CLUSTER_PARAMETERS.threshold).toBe(before);
  });

  it("streams each part alone, so stories never span parts", () => {
    const topics = [
      "earthquake shakes coastal village residents flee damaged homes",
      "river flood swamps farmland harvest ruined levees breached",
      "warehouse fire crews battle blaze smoke chemicals evacuated",
      "council election mayor wins narrow recount ballots disputed",
    ];
    const docs = topics.flatMap((words, t) =>
      [1, 2, 3].map((n) => ({
        id: `${t}-${n}`,
        title: words.split(" ").slice(0, 3).join(" "),
        text: `${words} report ${n}`,
        publishedAt: "2024-01-01",
        language: "en",
        gold: `topic-${t}`,
      })),
    );
    const whole = bcubedOver(streamedInParts(docs, 1));
    const parts = streamedInParts(docs, 2);
    expect(parts).toHaveLength(docs.length);
    expect(whole.b3F1).toBeGreaterThan(0.9);
    // Whole topics go to a part, so each topic's reports still meet and the figure holds.
    expect(bcubedOver(parts).b3F1).toBeCloseTo(whole.b3F1, 5);
    // At a threshold nothing reaches, every report is alone: recall is a third.
    expect(
      bcubedOver(streamedInParts(docs, 2, { threshold: 2, coincidentThreshold: 2 })).b3Recall,
    ).toBeCloseTo(1 / 3, 5);
  });
});
