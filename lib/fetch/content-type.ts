import type { AcceptKind } from "./types";

/** Pages an article is read from. */
export const ARTICLE_TYPES: readonly string[] = ["text/html", "application/xhtml+xml", "text/plain"];

/** RSS, Atom, RDF and JSON feeds, and the generic XML and JSON types feeds are often served as. */
export const FEED_TYPES: readonly string[] = [
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/feed+json",
  "application/json",
  "application/xml",
  "text/xml",
];

export interface MediaType {
  /** `type/subtype`, lower case. */
  type: string;
  /** The charset parameter, or null. */
  charset: string | null;
}

/** A Content-Type header parsed; null when absent or not of the form type/subtype. */
export function parseContentType(header: string | undefined): MediaType | null {
  if (!header) return null;
  const [essence = "", ...params] = header.split(";");
  const type = essence.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(type)) return null;
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (match) charset = match[1]!;
  }
  return { type, charset };
}

export function acceptedTypes(accept: AcceptKind): readonly string[] {
  if (accept === "article") return ARTICLE_TYPES;
  if (accept === "feed") return FEED_TYPES;
  return accept.map((type) => type.toLowerCase());
}

/** The Accept request header for a list of types ("text/*" style entries allowed). */
export function acceptHeader(types: readonly string[]): string {
  return types.join(", ");
}

function matches(type: string, pattern: string): boolean {
  return pattern.endsWith("/*") ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}

/** Throws UNSUPPORTED naming the type when it is not one of `accepted`. */
export function assertAcceptedType(type: string, accepted: readonly string[], host: string): void {
  if (accepted.some((pattern) => matches(type, pattern))) return;
  throw new FetchError(
    "UNSUPPORTED",
    "wrong-type",
    `refused: ${host} sent ${type}, which is not one of the accepted types (${accepted.join(", ")})`,
    { host },
  );
}

export type { DocumentKind } from "@/lib/text";
import type { DocumentKind } from "@/lib/text";
import { FetchError } from "./fetch-error";

/** How a type declares its own encoding: HTML by <meta>, XML by its declaration, JSON is UTF-8. */
export function documentKind(type: string): DocumentKind {
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type.endsWith("/xml") || type.endsWith("+xml")) return "xml";
  if (type.endsWith("/json") || type.endsWith("+json")) return "json";
  return "text";
}

/** A type for a body the server sent without Content-Type, from its first bytes. */
export function sniffContentType(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.includes(0)) return "application/octet-stream";
  const start = head.toString("latin1").replace(/^(\xEF\xBB\xBF)?\s*/, "");
  if (/^<\?xml/i.test(start)) return /<html/i.test(start) ? "application/xhtml+xml" : "application/xml";
  if (start.startsWith("<")) return "text/html";
  if (start.startsWith("{") || start.startsWith("[")) return "application/json";
  return "text/plain";
}
