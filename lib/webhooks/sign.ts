import { createHmac, timingSafeEqual } from "node:crypto";

/** The signature header's value for a body: `sha256=` and the hex HMAC-SHA256 of the body's bytes. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/**
 * Whether a signature header matches the body (what a receiver checks; the tests' receiver uses it). Compared in
 * constant time; a missing or malformed header is false.
 */
export function verifySignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/.test(header)) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
