import { createHash, randomBytes } from "node:crypto";

/** Characters of a token shown in lists so people can tell tokens apart; not enough to use it. */
const PREFIX_CHARS = 12;

/** A new API token secret ("plx_" and 43 base64url characters: 256 random bits) and what is stored of it. */
export function newApiTokenSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `plx_${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, PREFIX_CHARS), hash: hashApiTokenSecret(secret) };
}

/** SHA-256 of a token secret, hex: the only form in which tokens are stored. */
export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
