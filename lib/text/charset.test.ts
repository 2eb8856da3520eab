import { describe, expect, it } from "vitest";
import { canonicalEncoding, decodeText, detectCharset } from "./charset";

const html = (s: string) => Buffer.from(s, "latin1");
const detect = (
  bytes: Uint8Array,
  headerCharset: string | null = null,
  kind: "html" | "xml" | "json" | "text" = "html",
) => detectCharset(bytes, { headerCharset, kind });

describe("detectCharset", () => {
  it("trusts a byte-order mark over the header", () => {
    expect(detect(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), "iso-8859-1")).toBe("utf-8");
    expect(detect(Buffer.from([0xff, 0xfe, 0x41, 0x00]), "utf-8")).toBe("utf-16le");
    expect(detect(Buffer.from([0xfe, 0xff, 0x00, 0x41]), null)).toBe("utf-16be");
  });

  it("uses the header charset before the document's own declaration", () => {
    expect(detect(html('<meta charset="koi8-r">'), "iso-8859-2")).toBe("iso-8859-2");
    expect(detect(html("x"), '"Shift_JIS"')).toBe("shift_jis");
  });

  it("skips an unknown header label", () => {
    expect(detect(html('<meta charset="koi8-r">'), "no-such-charset")).toBe("koi8-r");
  });

  it("reads <meta charset> and <meta http-equiv> in HTML", () => {
    expect(detect(html('<!doctype html><head><meta charset="gbk"><title>x</title>'))).toBe("gbk");
    expect(detect(html("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"))).toBe(
      "shift_jis",
    );
    expect(detect(html("<meta charset=iso-8859-1>"))).toBe("windows-1252");
  });

  it("ignores a <meta> after the first 4 KB or inside a comment", () => {
    const late = html(`<html>${" ".repeat(5000)}<meta charset="koi8-r">é`);
    expect(detect(late)).toBe("windows-1252");
    expect(detect(html('<!-- <meta charset="koi8-r"> --><p>plain ascii'))).toBe("utf-8");
  });

  it("reads a UTF-16 <meta> as UTF-8, as the HTML standard says", () => {
    expect(detect(html('<meta charset="utf-16">'))).toBe("utf-8");
  });

  it("reads the XML declaration of feeds, and not <meta> in them", () => {
    expect(detect(html('<?xml version="1.0" encoding="windows-1251"?><rss/>'), null, "xml")).toBe(
      "windows-1251",
    );
    expect(detect(html('<rss><meta charset="koi8-r"/></rss>'), null, "xml")).toBe("utf-8");
  });

  it("falls back to UTF-8 when valid, windows-1252 otherwise", () => {
    expect(detect(Buffer.from("<p>naïve — “quoted”</p>", "utf8"))).toBe("utf-8");
    expect(detect(Buffer.from([0x93, 0x68, 0x69, 0x94]))).toBe("windows-1252");
    expect(detect(Buffer.from([0xe9]), null, "text")).toBe("windows-1252");
  });
});

describe("decodeText", () => {
  it("decodes windows-1252's 0x80–0x9F range (curly quotes, euro), not as Latin-1 control characters", () => {
    expect(
      decodeText(Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]), "windows-1252"),
    ).toBe("“café” €5");
  });

  it("decodes Shift_JIS, GBK, KOI8-R, ISO-8859-2 and windows-1251", () => {
    expect(decodeText(Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]), "shift_jis")).toBe("日本語");
    expect(decodeText(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), "gbk")).toBe("中文");
    expect(decodeText(Buffer.from([0xd0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), "koi8-r")).toBe("привет");
    expect(decodeText(Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), "iso-8859-2")).toBe("Łódź");
    expect(decodeText(Buffer.from([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]), "windows-1251")).toBe(
      "Новости",
    );
  });

  it("turns invalid UTF-8 into replacement characters instead of failing", () => {
    expect(decodeText(Buffer.from([0x61, 0xff, 0xfe, 0x62, 0xc3]), "utf-8")).toBe("a\uFFFD\uFFFDb\uFFFD");
  });

  it("drops the byte-order mark", () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), "utf-8")).toBe("A");
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00]), "utf-16le")).toBe("A");
  });
});

describe("canonicalEncoding", () => {
  it("names encodings as TextDecoder does and rejects unknown labels", () => {
    expect(canonicalEncoding("latin1")).toBe("windows-1252");
    expect(canonicalEncoding(" UTF8 ")).toBe("utf-8");
    expect(canonicalEncoding("x-nonsense")).toBeNull();
  });
});
