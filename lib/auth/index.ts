/** Editor sign-in (signed session cookie) and API token secrets. Server only. */
import "server-only";

export {
  SESSION_COOKIE,
  SIGN_IN_REQUIRED,
  EDITING_OFF,
  editingEnabled,
  getEditor,
  requireEditor,
  signInProblem,
  signIn,
  signOut,
} from "./session";
export { assertSameOrigin } from "./same-origin";
export { type EditorSession, SESSION_TTL_SECONDS } from "./session-token";
export { newApiTokenSecret, hashApiTokenSecret } from "./api-token-secret";
export {
  authenticateApiToken,
  issueApiToken,
  withdrawApiToken,
  apiTokenList,
  type ApiCaller,
} from "./api-tokens";
export type { ApiTokenRow } from "@/lib/db";
export { takeApiRequest, ingestRateProblem, API_REQUESTS_PER_MINUTE, INGESTS_PER_MINUTE } from "./quotas";
