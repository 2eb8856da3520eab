/** Strings read from attributes and JSON-LD: whitespace collapsed, leftover entities decoded. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: " ",
};

/** Entities a CMS escaped twice ("&amp;#163;" arrives as "&#163;" after parsing): decoded once more. */
export function decodeLeftoverEntities(value: string): string {
  return value.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi,
    (match, dec, hex, name) => {
      if (typeof name === "string") return NAMED_ENTITIES[name.toLowerCase()] ?? match;
      const code = typeof dec === "string" ? Number(dec) : Number.parseInt(String(hex), 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    },
  );
}

/** A one-line value (title, name, date), or null when nothing is left. */
export function cleanText(value: string): string | null {
  const text = decodeLeftoverEntities(value).replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}
