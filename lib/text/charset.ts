/** What kind of document the bytes hold: where an in-document charset declaration may be found. */
export type DocumentKind = "html" | "xml" | "json" | "text";

export interface CharsetHints {
  /** The Content-Type header's charset parameter. */
  headerCharset: string | null;
  /** Which in-document declaration to look for. */
  kind: DocumentKind;
}

/** How many leading bytes may hold a <meta charset> (the HTML standard's prescan looks at 1024; we allow 4 KB). */
const PRESCAN_BYTES = 4096;

/** The TextDecoder name of an encoding label ("latin1" → "windows-1252"), or null when unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim().replace(/^["']|["']$/g, "")).encoding;
    return encoding === "replacement" ? null : encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function xmlDeclaration(head: string): string | null {
  return /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> (comments skipped). */
function metaCharset(head: string): string | null {
  const visible = head.replace(/<!--[\s\S]*?(-->|$)/g, "");
  const label = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(visible)?.[1];
  if (!label) return null;
  const encoding = canonicalEncoding(label);
  // The HTML standard: a page that could read its own <meta> is not UTF-16; x-user-defined means 1252.
  if (encoding?.startsWith("utf-16")) return "utf-8";
  if (encoding === "x-user-defined") return "windows-1252";
  return encoding;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a body: byte-order mark, then the header's charset, then the document's own declaration
 * (<meta> in the first 4 KB of HTML, the XML declaration), then UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (the usual encoding of older Western pages). Unknown labels are skipped.
 */
export function detectCharset(bytes: Uint8Array, hints: CharsetHints): string {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const fromHeader = hints.headerCharset ? canonicalEncoding(hints.headerCharset) : null;
  if (fromHeader) return fromHeader;
  if (hints.kind === "html" || hints.kind === "xml") {
    const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
    const declared =
      hints.kind === "html" ? (metaCharset(head) ?? xmlDeclaration(head)) : xmlDeclaration(head);
    const encoding = declared ? canonicalEncoding(declared) : null;
    if (encoding) return encoding;
  }
  return isValidUtf8(bytes) ? "utf-8" : "windows-1252";
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €…); Node 20's TextDecoder
// decodes "windows-1252" as Latin-1, so that range is mapped here (a no-op where Node decodes it right).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** Bytes decoded as `encoding` (a TextDecoder name); malformed sequences become U+FFFD, never an error. */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
