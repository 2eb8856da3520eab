import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import {
  createApiToken,
  findActiveApiToken,
  getDb,
  listApiTokens,
  revokeApiToken,
  type ApiTokenRow,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanLabel } from "@/lib/text";
import { hashApiTokenSecret, newApiTokenSecret } from "./api-token-secret";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Who a write API request acts as: the configured token, or one an editor created (by id and name). */
export type ApiCaller = { kind: "configured" } | { kind: "token"; id: string; name: string };

/**
 * Checks `Authorization: Bearer <token>`: PARALLAX_API_TOKEN (constant-time), or an active token created on
 * /admin/tokens (looked up by its SHA-256 hash, its last use stamped). Revoked and unknown tokens are refused.
 */
export async function authenticateApiToken(
  authorization: string | null,
  configured: string | undefined,
  now: Date,
): Promise<ApiCaller> {
  const match = /^Bearer\s+(\S+)$/i.exec((authorization ?? "").trim());
  const presented = match?.[1];
  if (!presented)
    throw new AppError(
      "UNAUTHORIZED",
      "Send an API token as 'Authorization: Bearer <token>' (editors create them on /admin/tokens).",
    );
  if (configured && timingSafeEqual(digest(presented), digest(configured))) return { kind: "configured" };
  const token = await findActiveApiToken(await getDb(), hashApiTokenSecret(presented), now);
  if (!token) throw new AppError("UNAUTHORIZED", "The API token is not valid (unknown or revoked).");
  return { kind: "token", ...token };
}

/** Creates a named token; the secret is returned once and only its hash is stored. */
export async function issueApiToken(
  name: string,
  actor: string,
): Promise<{ token: ApiTokenRow; secret: string }> {
  const { secret, prefix, hash } = newApiTokenSecret();
  const token = await createApiToken(await getDb(), {
    name: cleanLabel(name) || "token",
    prefix,
    tokenHash: hash,
    actor,
  });
  return { token, secret };
}

export async function withdrawApiToken(id: string, actor: string): Promise<void> {
  await revokeApiToken(await getDb(), { id, actor, now: new Date() });
}

export async function apiTokenList(): Promise<ApiTokenRow[]> {
  return listApiTokens(await getDb());
}
