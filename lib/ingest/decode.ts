import { AppError } from "@/lib/errors";
import { decodeText, detectCharset } from "@/lib/text";

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
 * Text of an uploaded document: a byte-order mark or a saved page's <meta charset> decides; otherwise UTF-8
 * when the bytes are valid UTF-8, else Windows-1252, the usual encoding of older Western pages. Binary data is
 * refused.
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
  // A saved page says its own encoding (<meta charset>); otherwise UTF-8 when valid, else Windows-1252.
  const kind = /^\s*<(?:!doctype\s+html|html|head)/i.test(sniffHead(content)) ? "html" : "text";
  const encoding = detectCharset(content, { headerCharset: null, kind });
  return decodeText(content, encoding).replace(/^\uFEFF/, "");
}

function sniffHead(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, 1024));
}
