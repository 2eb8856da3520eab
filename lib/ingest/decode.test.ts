import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode";

const encode = (s: string) => new TextEncoder().encode(s);

describe("decodeDocument", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...encode("“Quote” – café")]))).toBe(
      "“Quote” – café",
    );
  });

  it("reads bytes that are not UTF-8 as Windows-1252", () => {
    expect(decodeDocument(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]))).toBe(
      "“Hi” café",
    );
  });

  it("honours a saved page's own <meta charset>", () => {
    const head = encode('<!doctype html><html><head><meta charset="shift_jis"></head><body><p>');
    const body = new Uint8Array([0x93, 0x8c, 0x8b, 0x9e]); // 東京 in Shift_JIS
    expect(decodeDocument(new Uint8Array([...head, ...body]))).toContain("<p>東京");
  });

  it("refuses empty, binary and oversized input with a clear message", () => {
    expect(() => decodeDocument(new Uint8Array())).toThrow("The file is empty.");
    expect(() => decodeDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
    expect(() => decodeDocument("x".repeat(2048), 1024)).toThrow(/limit is 0\.0 MB|limit/);
  });
});
