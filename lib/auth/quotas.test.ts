import { describe, expect, it } from "vitest";
import { API_REQUESTS_PER_MINUTE, takeApiRequest } from "./quotas";

describe("write API quota", () => {
  it("refuses a token's requests past the per-minute quota with 429, per token, until the minute is over", () => {
    const now = 1_000_000;
    const a = { kind: "token", id: "a", name: "A" } as const;
    for (let i = 0; i < API_REQUESTS_PER_MINUTE; i++) takeApiRequest(a, now + i);
    expect(() => takeApiRequest(a, now + 1_000)).toThrow(
      expect.objectContaining({
        code: "RATE_LIMITED",
        status: 429,
        message: expect.stringMatching(/try again in \d+ s/),
      }),
    );
    expect(() => takeApiRequest({ kind: "token", id: "b", name: "B" }, now + 1_000)).not.toThrow();
    expect(() => takeApiRequest({ kind: "configured" }, now + 1_000)).not.toThrow();
    expect(() => takeApiRequest(a, now + 60_000)).not.toThrow();
  });
});
