import { AppError } from "@/lib/errors";

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function assertDocumentSize(byteLength: number, limit = MAX_DOCUMENT_BYTES): void {
  if (byteLength === 0) throw new AppError("INVALID_INPUT", "The file is empty.");
  if (byteLength > limit) {
    throw new AppError(
      "TOO_LARGE",
      `The document is ${formatMegabytes(byteLength)}; the limit is ${formatMegabytes(limit)}.`,
    );
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length * 0.05;
}

/**
 * Text of an uploaded document. UTF-8 (with or without BOM) is expected; bytes that are not valid UTF-8 are
 * read as Windows-1252, the usual encoding of older Western pages. Binary data is refused.
 */
export function decodeDocument(content: Uint8Array | string, limit = MAX_DOCUMENT_BYTES): string {
  if (typeof content === "string") {
    assertDocumentSize(Buffer.byteLength(content, "utf8"), limit);
    return content.replace(/^\uFEFF/, "");
  }
  assertDocumentSize(content.byteLength, limit);
  if (looksBinary(content)) {
    throw new AppError("UNSUPPORTED", "This looks like a binary file, not text or HTML.");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return decodeWindows1252(content);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €…). Node 20's TextDecoder
// decodes "windows-1252" as Latin-1, which would turn “ ” into control characters, so we map that range.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
