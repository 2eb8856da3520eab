import "server-only";
import { authenticateApiToken, type ApiCaller } from "@/lib/auth";
import { env } from "@/lib/env";

/**
 * The write API's gate: a Bearer token that is PARALLAX_API_TOKEN or an active token an editor created.
 * Anything else is an UNAUTHORIZED AppError (answered 401 with WWW-Authenticate).
 */
export async function requireApiCaller(request: Request): Promise<ApiCaller> {
  return authenticateApiToken(request.headers.get("authorization"), env.PARALLAX_API_TOKEN, new Date());
}
