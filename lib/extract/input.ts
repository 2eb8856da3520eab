import { AppError } from "../errors";

/** How much of the input we inspect to decide whether it is binary or HTML. */
const SNIFF_CHARS = 65_536;
/** Share of replacement or control characters above which decoded content is taken for binary. */
const BINARY_SHARE = 0.1;
const MIN_BINARY_HITS = 4;

/** C0 controls other than tab, newline, form feed and carriage return; C1 controls; U+FFFD. */
const SUSPICIOUS_CHAR = /[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

export function looksBinary(content: string): boolean {
  if (content.includes("\u0000")) return true;
  const sample = content.slice(0, SNIFF_CHARS);
  const hits = sample.match(SUSPICIOUS_CHAR)?.length ?? 0;
  return hits >= MIN_BINARY_HITS && hits / sample.length > BINARY_SHARE;
}

/** Rejects what cannot be an article before any parsing: empty, oversized and binary content. */
export function assertExtractableContent(content: string, maxInputChars: number): void {
  if (content.trim() === "") throw new AppError("INVALID_INPUT", "The file is empty.");
  if (content.length > maxInputChars) {
    throw new AppError(
      "TOO_LARGE",
      `The file is too large: ${content.length.toLocaleString("en-US")} characters, the limit is ${maxInputChars.toLocaleString("en-US")}.`,
    );
  }
  if (looksBinary(content))
    throw new AppError("UNSUPPORTED", "This looks like a binary file, not text or HTML.");
}

const DOCUMENT_START = /^\s*<(?:!doctype\s+html|html|head|body|\?xml|!--)/i;
const HTML_TAG =
  /<(?:html|head|body|p|div|article|section|main|span|br|h[1-6]|meta|title|script|table|ul|ol|li|a|img|header|footer|nav)(?:\s[^<>]*)?\/?>/gi;

/**
 * "auto" decides by looking: a document that opens like HTML, or text with several HTML tags in its first part,
 * is HTML. A plain article that mentions one "<p>" stays text.
 */
export function sniffFormat(content: string): "text" | "html" {
  const head = content.slice(0, SNIFF_CHARS);
  if (DOCUMENT_START.test(head)) return "html";
  const tags = head.match(HTML_TAG)?.length ?? 0;
  if (/^\s*</.test(head) && tags >= 1) return "html";
  return tags >= 3 ? "html" : "text";
}
