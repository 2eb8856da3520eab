import { preflight, readJson } from "../_lib/read-api";
import { openApiDocument } from "./document";

/** GET /api/openapi.json: the API's OpenAPI 3.1 description. */
export function GET(): Response {
  return readJson(openApiDocument);
}

export const OPTIONS = preflight;
