import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** How long a sign-in lasts. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export interface EditorSession {
  /** The session's row (lib/db EditorSession): signing out deletes it, and the cookie stops working. */
  sessionId: string;
  /** The name the editor gave at sign-in, recorded as the actor in the audit log. */
  name: string;
  /** Seconds since the epoch. */
  issuedAt: number;
  expiresAt: number;
}

/**
 * The key that signs session cookies: from PARALLAX_SESSION_SECRET when set, else derived from the editor
 * password (so changing the password also signs everyone out). Distinct derivations keep the two apart.
 */
export function sessionKey(options: { secret?: string; password: string }): Buffer {
  const material = options.secret ?? options.password;
  const info = options.secret ? "parallax session secret" : "parallax session from password";
  return Buffer.from(hkdfSync("sha256", material, "parallax-session-v1", info, 32));
}

const sign = (key: Buffer, payload: string) => createHmac("sha256", key).update(`v1.${payload}`).digest();

/** `<payload>.<mac>` in base64url, the payload being the session as JSON. */
export function encodeSession(session: EditorSession, key: Buffer): string {
  const payload = Buffer.from(
    JSON.stringify({
      sid: session.sessionId,
      n: session.name,
      iat: session.issuedAt,
      exp: session.expiresAt,
    }),
  ).toString("base64url");
  return `${payload}.${sign(key, payload).toString("base64url")}`;
}

/** The session in a cookie value, or null when it is malformed, forged, or expired at `nowSeconds`. */
export function decodeSession(value: string, key: Buffer, nowSeconds: number): EditorSession | null {
  const [payload, mac, extra] = value.split(".");
  if (!payload || !mac || extra !== undefined || value.length > 4096) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = sign(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { sid, n, iat, exp } = parsed as Record<string, unknown>;
  if (typeof sid !== "string" || typeof n !== "string" || typeof iat !== "number" || typeof exp !== "number")
    return null;
  if (exp <= nowSeconds || iat > nowSeconds + 60) return null;
  return { sessionId: sid, name: n, issuedAt: iat, expiresAt: exp };
}
