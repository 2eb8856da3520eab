import { describe, expect, it } from "vitest";
import { feedHealth, type FeedHealthInput } from "./index";

const NOW = new Date("2025-09-05T12:00:00Z");
const HEALTHY: FeedHealthInput = {
  lastSuccessAt: new Date("2025-09-05T11:30:00Z"),
  lastErrorAt: null,
  lastError: null,
  consecutiveFailures: 0,
  itemsFound: 25,
  recentExtractLengths: [2400, 3100, 1800, 5200, 2900, 4100],
  now: NOW,
};

describe("feedHealth", () => {
  it("says never-polled before the first poll", () => {
    expect(feedHealth({ ...HEALTHY, lastSuccessAt: null, itemsFound: 0, recentExtractLengths: [] })).toEqual({
      state: "never-polled",
      warnings: [],
    });
  });

  it("says ok for a feed that polls and extracts well", () => {
    expect(feedHealth(HEALTHY)).toEqual({ state: "ok", warnings: [] });
  });

  it("warns when articles extract suspiciously short, with the typical length", () => {
    const health = feedHealth({ ...HEALTHY, recentExtractLengths: [118, 121, 124, 119, 130, 2500] });
    expect(health.state).toBe("warning");
    expect(health.warnings).toEqual([
      "Articles from this feed extract to only ~120 characters (median of the last 6): the page may be paywalled or the extractor is missing the body.",
    ]);
  });

  it("warns when many articles are very short even if the median is fine", () => {
    const health = feedHealth({
      ...HEALTHY,
      recentExtractLengths: [150, 90, 180, 2400, 3100, 2800, 4000, 3000],
    });
    expect(health.warnings).toEqual([
      "3 of the last 8 articles from this feed extract to under 200 characters: the page may be paywalled or the extractor is missing the body.",
    ]);
  });

  it("does not judge extraction on too few articles, and only on the most recent ones", () => {
    expect(feedHealth({ ...HEALTHY, recentExtractLengths: [100, 120] }).state).toBe("ok");
    const recovered = [...Array<number>(30).fill(100), ...Array<number>(20).fill(3000)];
    expect(feedHealth({ ...HEALTHY, recentExtractLengths: recovered }).state).toBe("ok");
  });

  it("warns when the last poll found no items, or the last polls did", () => {
    expect(feedHealth({ ...HEALTHY, itemsFound: 0 }).warnings).toEqual([
      "The feed returned no items on its last poll: it may have moved or been emptied.",
    ]);
    expect(feedHealth({ ...HEALTHY, itemsFound: 0, recentItemCounts: [20, 0, 0] }).warnings).toEqual([
      "The feed returned no items on its last 2 polls: it may have moved or been emptied.",
    ]);
    expect(feedHealth({ ...HEALTHY, itemsFound: 0, recentItemCounts: [20, 0] }).state).toBe("ok");
  });

  it("warns after one or two failures and says failing after three, since when", () => {
    const once = feedHealth({
      ...HEALTHY,
      consecutiveFailures: 1,
      lastErrorAt: new Date("2025-09-05T11:45:00Z"),
      lastError: "HTTP 503",
    });
    expect(once).toEqual({
      state: "warning",
      warnings: ["The last poll failed, most recently at 2025-09-05 11:45 UTC: HTTP 503."],
    });

    const failing = feedHealth({
      ...HEALTHY,
      lastSuccessAt: new Date("2025-09-03T08:00:00Z"),
      consecutiveFailures: 5,
      lastErrorAt: new Date("2025-09-05T11:45:00Z"),
      lastError: "The feed is not well-formed XML: Unexpected end of title.",
    });
    expect(failing.state).toBe("failing");
    expect(failing.warnings).toEqual([
      "Failing since the last success on 2025-09-03 08:00 UTC (2 days ago): 5 polls in a row failed, most recently at 2025-09-05 11:45 UTC: The feed is not well-formed XML: Unexpected end of title.",
    ]);
  });

  it("says failing for a feed that never succeeded", () => {
    const health = feedHealth({
      ...HEALTHY,
      lastSuccessAt: null,
      consecutiveFailures: 3,
      lastErrorAt: new Date("2025-09-05T11:45:00Z"),
      lastError: "HTTP 404",
      itemsFound: 0,
      recentExtractLengths: [],
    });
    expect(health.state).toBe("failing");
    expect(health.warnings[0]).toMatch(/^Failing since it was added \(no poll has succeeded\): 3 polls/);
  });
});
