import "server-only";
import { authenticateApiToken, takeApiRequest, type ApiCaller } from "@/lib/auth";
import { env } from "@/lib/env";

/**
 * The write API's gate: a Bearer token that is PARALLAX_API_TOKEN or an active token an editor created.
 * Anything else is an UNAUTHORIZED AppError (answered 401 with WWW-Authenticate); a caller over its request
 * quota gets RATE_LIMITED (429 with Retry-After).
 */
export async function requireApiCaller(request: Request): Promise<ApiCaller> {
  const caller = await authenticateApiToken(
    request.headers.get("authorization"),
    env.PARALLAX_API_TOKEN,
    new Date(),
  );
  takeApiRequest(caller);
  return caller;
}
