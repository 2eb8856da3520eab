import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Checks `Authorization: Bearer <token>` against the configured token in constant time. With no token
 * configured the write API is off, which is a server setting, not the caller's fault.
 */
export function requireBearerToken(request: Request, configured: string | undefined): void {
  if (!configured)
    throw new AppError("UNAVAILABLE", "The write API is switched off: set PARALLAX_API_TOKEN to enable it.");
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1])
    throw new AppError("UNAUTHORIZED", "Send the API token as 'Authorization: Bearer <token>'.");
  if (!timingSafeEqual(digest(match[1]), digest(configured)))
    throw new AppError("UNAUTHORIZED", "The API token is not valid.");
}
