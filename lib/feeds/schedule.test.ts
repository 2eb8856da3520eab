import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_BACKOFF_MINUTES, MAX_RETRY_AFTER_MINUTES, nextPoll, type PollInput } from "./index";

const NOW = new Date("2025-09-05T12:00:00Z");

function poll(input: Partial<PollInput>) {
  return nextPoll({ now: NOW, intervalMinutes: 30, consecutiveFailures: 0, lastResult: "ok", ...input });
}

describe("nextPoll", () => {
  it("polls again after the interval when the last poll worked", () => {
    expect(poll({ lastResult: "ok" })).toEqual({
      nextPollAt: new Date("2025-09-05T12:30:00Z"),
      backoffMinutes: 30,
    });
    expect(poll({ lastResult: "not-modified", consecutiveFailures: 4 }).backoffMinutes).toBe(30);
  });

  it("backs off exponentially on errors, up to a day", () => {
    const delays = [1, 2, 3, 4, 5, 6, 12].map(
      (failures) => poll({ lastResult: "error", consecutiveFailures: failures }).backoffMinutes,
    );
    expect(delays).toEqual([60, 120, 240, 480, 960, MAX_BACKOFF_MINUTES, MAX_BACKOFF_MINUTES]);
    expect(poll({ lastResult: "error", consecutiveFailures: 1_000_000 }).backoffMinutes).toBe(
      MAX_BACKOFF_MINUTES,
    );
  });

  it("counts an error with a zero failure count as the first failure", () => {
    expect(poll({ lastResult: "error", consecutiveFailures: 0 }).backoffMinutes).toBe(60);
  });

  it("never retries a failing feed sooner than its own interval", () => {
    expect(
      poll({ intervalMinutes: 3 * 24 * 60, lastResult: "error", consecutiveFailures: 2 }).backoffMinutes,
    ).toBe(3 * 24 * 60);
  });

  it("honours Retry-After when it asks for longer, up to a week", () => {
    expect(
      poll({ lastResult: "error", consecutiveFailures: 1, retryAfterSeconds: 7_200 }).backoffMinutes,
    ).toBe(120);
    expect(poll({ lastResult: "error", consecutiveFailures: 1, retryAfterSeconds: 61 }).backoffMinutes).toBe(
      60,
    );
    expect(poll({ lastResult: "ok", retryAfterSeconds: 3_601 }).backoffMinutes).toBe(61);
    expect(
      poll({ lastResult: "error", consecutiveFailures: 1, retryAfterSeconds: 90 * 86_400 }).backoffMinutes,
    ).toBe(MAX_RETRY_AFTER_MINUTES);
    expect(poll({ retryAfterSeconds: -5 }).backoffMinutes).toBe(30);
    expect(poll({ retryAfterSeconds: null }).backoffMinutes).toBe(30);
  });

  it("keeps to a politeness floor", () => {
    expect(poll({ intervalMinutes: 0.5 }).backoffMinutes).toBe(5);
  });

  it("adds a fixed jitter derived from the key: same key same time, different keys spread, at most 10%", () => {
    const a = poll({ jitterKey: "feed-a", intervalMinutes: 600 });
    expect(poll({ jitterKey: "feed-a", intervalMinutes: 600 })).toEqual(a);
    const delays = new Set(
      ["feed-a", "feed-b", "feed-c", "feed-d", "feed-e"].map(
        (key) => poll({ jitterKey: key, intervalMinutes: 600 }).backoffMinutes,
      ),
    );
    expect(delays.size).toBeGreaterThan(1);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(600);
      expect(delay).toBeLessThanOrEqual(660);
    }
  });

  it("refuses an invalid interval or date", () => {
    expect(() => poll({ intervalMinutes: 0 })).toThrow(AppError);
    expect(() => poll({ intervalMinutes: Number.NaN })).toThrow(AppError);
    expect(() => poll({ now: new Date("nope") })).toThrow(AppError);
  });
});
