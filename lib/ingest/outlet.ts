import type { OutletInput } from "@/lib/db";
import { cleanLabel } from "@/lib/text";
import { urlHost } from "./urls";

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "outlet";
}

/**
 * Who published it: the name the user gave, else the page's own site name, else its host, else "Unknown outlet";
 * without control or bidi-override characters (lib/text cleanLabel).
 */
export function resolveOutlet(given: {
  name?: string | null;
  siteName?: string | null;
  url?: string | null;
}): OutletInput {
  const host = urlHost(given.url ?? null);
  const name = cleanLabel(given.name ?? "") || cleanLabel(given.siteName ?? "") || host || "Unknown outlet";
  return { slug: slugify(name), name: name.slice(0, 120), domain: given.name ? null : host };
}
