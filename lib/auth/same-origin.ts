import { AppError } from "@/lib/errors";

/**
 * For POST routes that are not server actions (Next checks those itself): the Origin header, when a browser
 * sends one, must name this host, so another site cannot post with the editor's cookie.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "The request came from another site.");
  }
  if (!host || originHost !== host) throw new AppError("FORBIDDEN", "The request came from another site.");
}
