import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, SignInLimits } from "./sign-in-limits";

const WINDOW = SIGN_IN_LIMITS.windowMs;

/** One wrong password from `client` if it may try now; whether it could. */
function guess(limits: SignInLimits, client: string, now: number): boolean {
  if (limits.retryAfterMs(client, now) > 0) return false;
  limits.recordFailure(client, now);
  return true;
}

describe("SignInLimits", () => {
  it("gives each client five wrong passwords per window", () => {
    const limits = new SignInLimits();
    expect([1, 2, 3, 4, 5, 6].map(() => guess(limits, "203.0.113.1", 0))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(limits.retryAfterMs("203.0.113.1", 60_000)).toBe(WINDOW - 60_000);
    expect(limits.retryAfterMs("203.0.113.1", WINDOW)).toBe(0);
    expect(limits.retryAfterMs("203.0.113.2", 0)).toBe(0);
  });

  it("never refuses a client that has not guessed, whatever others sent", () => {
    const limits = new SignInLimits();
    // Thousands of wrong passwords from thousands of addresses, spread over two windows.
    for (let i = 0; i < 5000; i++) guess(limits, `198.51.${i % 250}.${i % 7}`, (i * 2 * WINDOW) / 5000);
    for (const now of [0, WINDOW / 2, WINDOW, 2 * WINDOW - 1])
      expect(limits.retryAfterMs("203.0.113.50", now), `at ${now}`).toBe(0);
  });

  it("under attack (100 wrong passwords in a window), allows one guess per client per window", () => {
    const limits = new SignInLimits();
    for (let i = 0; i < 100; i++) guess(limits, `198.51.100.${i}`, 1000);
    // A client that was wrong once now waits for its window; a new one still gets its one try.
    expect(guess(limits, "198.51.100.1", 2000)).toBe(false);
    expect(guess(limits, "203.0.113.9", 2000)).toBe(true);
    expect(guess(limits, "203.0.113.9", 3000)).toBe(false);
    // A right password forgets the client's failures.
    limits.recordSuccess("203.0.113.9");
    expect(limits.retryAfterMs("203.0.113.9", 3000)).toBe(0);
    // Once the windows have passed, five guesses again.
    expect(guess(limits, "198.51.100.1", 1000 + WINDOW)).toBe(true);
  });
});
