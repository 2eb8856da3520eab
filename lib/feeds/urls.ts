/** Longer URLs are junk or abuse (browsers and CDNs commonly stop near 2–8 KB; article URLs are far shorter). */
export const MAX_URL_CHARS = 2048;

function parse(href: string, base: string | null): URL | null {
  try {
    return base === null ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
}

/** href resolved against base, when the result is an http(s) URL; null otherwise (mailto:, relative without base…). */
export function resolveHttpUrl(href: string | null | undefined, base: string | null): string | null {
  const trimmed = href?.trim();
  if (!trimmed || trimmed.length > MAX_URL_CHARS) return null;
  const url = parse(trimmed, base);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") return null;
  return url.href.length > MAX_URL_CHARS ? null : url.href;
}

/** href, only when it is already an absolute http(s) URL: for identifiers that may or may not be links (guid, id). */
export function absoluteHttpUrl(href: string | null | undefined): string | null {
  const trimmed = href?.trim();
  return trimmed && /^https?:\/\//i.test(trimmed) ? resolveHttpUrl(trimmed, null) : null;
}

/**
 * A base for resolving: an xml:base (itself relative to the outer base) or the outer base. Any absolute URL
 * works as a base, not only http(s) (an xml:base may be a file: or urn: that makes links unusable; so be it).
 */
export function resolveBase(xmlBase: string | null | undefined, outer: string | null): string | null {
  const trimmed = xmlBase?.trim();
  if (!trimmed) return outer;
  return parse(trimmed, outer)?.href ?? outer;
}
