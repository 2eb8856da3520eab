import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { passwordMatches } from "./password";
import { FixedWindowLimiter } from "./rate-limit";
import { decodeSession, encodeSession, sessionKey } from "./session-token";

const key = sessionKey({ password: "a long enough password" });
const session = { sessionId: "s1", name: "Ada", issuedAt: 1_000, expiresAt: 2_000 };

describe("session cookie", () => {
  it("round-trips a session until it expires", () => {
    const value = encodeSession(session, key);
    expect(decodeSession(value, key, 1_500)).toEqual(session);
    expect(decodeSession(value, key, 2_000)).toBeNull();
  });

  it("refuses a signed cookie without a session id (made before sessions were stored)", () => {
    const payload = Buffer.from(JSON.stringify({ n: "Ada", iat: 1_000, exp: 2_000 })).toString("base64url");
    const mac = createHmac("sha256", key).update(`v1.${payload}`).digest("base64url");
    expect(decodeSession(`${payload}.${mac}`, key, 1_500)).toBeNull();
  });

  it("refuses a tampered payload, a forged mac, another key and junk", () => {
    const value = encodeSession(session, key);
    const [payload, mac] = value.split(".") as [string, string];
    const other = Buffer.from(JSON.stringify({ n: "Eve", iat: 1_000, exp: 9_999 })).toString("base64url");
    expect(decodeSession(`${other}.${mac}`, key, 1_500)).toBeNull();
    expect(decodeSession(`${payload}.${mac.slice(0, -2)}AA`, key, 1_500)).toBeNull();
    expect(decodeSession(value, sessionKey({ password: "another password" }), 1_500)).toBeNull();
    expect(decodeSession(value, sessionKey({ password: "x", secret: "a".repeat(32) }), 1_500)).toBeNull();
    for (const junk of ["", ".", "abc", `${value}.x`, "a.b"])
      expect(decodeSession(junk, key, 1_500)).toBeNull();
  });

  it("derives different keys from a secret and from a password", () => {
    expect(sessionKey({ password: "p", secret: "s".repeat(32) }).equals(sessionKey({ password: "p" }))).toBe(
      false,
    );
    expect(sessionKey({ password: "p", secret: "s".repeat(32) })).toEqual(
      sessionKey({ password: "q", secret: "s".repeat(32) }),
    );
  });
});

describe("password check", () => {
  it("accepts only the exact password", () => {
    expect(passwordMatches("hunter2hunter2", "hunter2hunter2")).toBe(true);
    for (const wrong of ["", "hunter2hunter", "hunter2hunter2 ", "Hunter2hunter2"])
      expect(passwordMatches(wrong, "hunter2hunter2")).toBe(false);
  });
});

describe("failed attempt limiter", () => {
  it("locks a client out after limit within the window, and only that client", () => {
    const limiter = new FixedWindowLimiter({ limit: 3, windowMs: 1_000, maxKeys: 10 });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterMs("a", 100)).toBe(0);
      limiter.record("a", 100);
    }
    expect(limiter.retryAfterMs("a", 400)).toBe(700);
    expect(limiter.retryAfterMs("b", 400)).toBe(0);
    expect(limiter.retryAfterMs("a", 1_100)).toBe(0);
  });

  it("forgets a client on success and keeps at most maxKeys", () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1_000, maxKeys: 2 });
    limiter.record("a", 0);
    limiter.forget("a");
    expect(limiter.retryAfterMs("a", 1)).toBe(0);
    for (const client of ["x", "y", "z"]) limiter.record(client, 0);
    expect(limiter.retryAfterMs("x", 1)).toBe(0);
    expect(limiter.retryAfterMs("z", 1)).toBeGreaterThan(0);
  });
});
