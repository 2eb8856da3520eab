import { env } from "./env";

/** What a request's headers are read through (a Fetch `Headers`, or Next's read-only headers). */
export interface HeaderReader {
  get(name: string): string | null;
}

/** A Host header value: a DNS name, IPv4 address or bracketed IPv6 address, and an optional port. */
const HOST =
  /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*)(?::\d{1,5})?$/i;

const firstValue = (value: string | null): string | null => value?.split(",")[0]?.trim() || null;

/**
 * The origin every absolute link starts with (no trailing slash): the configured public URL, else the request's
 * own host (X-Forwarded-Host from a proxy, or Host) with its scheme (X-Forwarded-Proto, or the request URL's),
 * else the request URL's origin. A malformed host header is ignored rather than echoed into links.
 */
export function resolvePublicOrigin(input: {
  configured?: string | null;
  headers?: HeaderReader | null;
  requestUrl?: string | null;
}): string | null {
  if (input.configured) return new URL(input.configured).origin;
  const fallback = input.requestUrl ? safeUrl(input.requestUrl) : null;
  const host = [
    firstValue(input.headers?.get("x-forwarded-host") ?? null),
    input.headers?.get("host") ?? null,
  ]
    .map((value) => value?.trim() ?? "")
    .find((value) => HOST.test(value));
  if (!host) return fallback?.origin ?? null;
  const forwarded = firstValue(input.headers?.get("x-forwarded-proto") ?? null)?.toLowerCase();
  const scheme =
    forwarded === "https" || forwarded === "http"
      ? forwarded
      : fallback?.protocol === "https:"
        ? "https"
        : "http";
  return safeUrl(`${scheme}://${host}`)?.origin ?? fallback?.origin ?? null;
}

/** `resolvePublicOrigin` with PARALLAX_PUBLIC_URL from the environment. */
export function publicOrigin(headers?: HeaderReader | null, requestUrl?: string | null): string | null {
  return resolvePublicOrigin({ configured: env.PARALLAX_PUBLIC_URL, headers, requestUrl });
}

/** An absolute URL for a path of this site (`/stories/…`), or null when no origin is known (a CLI without PARALLAX_PUBLIC_URL). */
export function publicUrl(
  path: string,
  headers?: HeaderReader | null,
  requestUrl?: string | null,
): string | null {
  const origin = publicOrigin(headers, requestUrl);
  return origin ? `${origin}${path.startsWith("/") ? path : `/${path}`}` : null;
}

/** The absolute URL for a request's path: for route handlers, which always know their own request. */
export function publicUrlFor(request: Request, path: string): string {
  return publicUrl(path, request.headers, request.url) ?? new URL(path, request.url).toString();
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
