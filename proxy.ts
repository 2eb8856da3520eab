import { NextResponse, type NextRequest } from "next/server";
import { unavailablePage } from "@/app/_lib/unavailable-page";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseAvailable } from "@/lib/db";
import { servePageFromCache } from "@/lib/page-cache";

/**
 * A Content-Security-Policy with a fresh nonce per request (Next 16 Proxy). Next.js streams inline scripts for
 * hydration; it reads the nonce from the request's policy header and puts it on every script it renders, so
 * only the app's own scripts run: an injected <script>, onerror= attribute or javascript: URL does not. Pages
 * are rendered per request anyway (they read the database), which nonces need.
 */
function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load the app's chunks; dev mode's React needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Style attributes (the crash page's, React's) cannot carry a nonce; CSS cannot run script.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Every page request: a fresh CSP nonce, and a database check first. Pages read the database while they
 * render, and a render that fails can only become Next.js's error page with status 500 (a component cannot
 * set a status); so while the database is away the proxy answers 503 itself with a plain page saying so
 * (`isDatabaseAvailable` pings at most once a second, and four times a second while it is away, so recovery
 * shows at once). The API is not gated here: its routes map a database failure to 503 DATABASE_UNAVAILABLE.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (!(await isDatabaseAvailable())) {
    return new NextResponse(unavailablePage(nonce), {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
        "Content-Security-Policy": policy,
      },
    });
  }
  // Story and compare pages already rendered for anonymous readers come from memory, with this nonce.
  const cached = await servePageFromCache(request, { nonce, policy });
  if (cached) return cached;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API answers are JSON (their headers come from next.config.js), static files carry no script.
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
