import type { OutletInput } from "@/lib/domain";
import { cleanLabel } from "@/lib/text";
import { urlHost } from "./urls";

/**
 * An outlet's key: Latin names lose their accents ("Édition" → "edition"); names in other scripts keep their letters,
 * so two Hebrew or Arabic outlets never share one key (and one outlet row).
 */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
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
