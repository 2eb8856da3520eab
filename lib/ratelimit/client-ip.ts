/**
 * The client's address as the nearest trusted hop saw it. Next.js sets X-Forwarded-For to the socket's address
 * when the request has none; a reverse proxy appends the address it saw. With `trustedProxies` proxies in front,
 * the client is the entry that many from the right (the rightmost with none or one: the socket's, or what the
 * one proxy saw). Entries further left are the client's own claims and never trusted.
 */
export function clientIp(headers: Headers, trustedProxies: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = forwarded.length - Math.max(1, trustedProxies);
  return forwarded[Math.max(0, index)] ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}
