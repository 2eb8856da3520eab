import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  acceptedTypes,
  assertAcceptedType,
  documentKind,
  parseContentType,
  sniffContentType,
} from "./content-type";

describe("parseContentType", () => {
  it("splits the type from its charset", () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-1"')).toEqual({
      type: "text/html",
      charset: "ISO-8859-1",
    });
    expect(parseContentType("application/rss+xml")).toEqual({ type: "application/rss+xml", charset: null });
    expect(parseContentType(undefined)).toBeNull();
    expect(parseContentType("nonsense")).toBeNull();
  });
});

describe("assertAcceptedType", () => {
  it("accepts article types and refuses others, naming the type", () => {
    const article = acceptedTypes("article");
    expect(() => assertAcceptedType("text/html", article, "news.example")).not.toThrow();
    expect(() => assertAcceptedType("application/xhtml+xml", article, "news.example")).not.toThrow();
    for (const type of ["application/pdf", "image/png", "application/octet-stream", "application/rss+xml"]) {
      let error: unknown;
      try {
        assertAcceptedType(type, article, "news.example");
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "UNSUPPORTED", message: expect.stringContaining(type) });
    }
  });

  it("accepts feed types for feeds, and wildcards in a list", () => {
    const feed = acceptedTypes("feed");
    for (const type of ["application/rss+xml", "application/atom+xml", "application/feed+json", "text/xml"]) {
      expect(() => assertAcceptedType(type, feed, "news.example")).not.toThrow();
    }
    expect(() => assertAcceptedType("text/html", feed, "news.example")).toThrow(AppError);
    expect(() => assertAcceptedType("text/csv", acceptedTypes(["text/*"]), "x")).not.toThrow();
  });
});

describe("documentKind and sniffContentType", () => {
  it("tells how a type declares its encoding", () => {
    expect(documentKind("application/xhtml+xml")).toBe("html");
    expect(documentKind("application/atom+xml")).toBe("xml");
    expect(documentKind("application/feed+json")).toBe("json");
    expect(documentKind("text/plain")).toBe("text");
  });

  it("guesses a missing type from the first bytes", () => {
    expect(sniffContentType(Buffer.from("  <!doctype html><p>x"))).toBe("text/html");
    expect(sniffContentType(Buffer.from('<?xml version="1.0"?><rss/>'))).toBe("application/xml");
    expect(sniffContentType(Buffer.from('{"version":"https://jsonfeed.org/version/1.1"}'))).toBe(
      "application/json",
    );
    expect(sniffContentType(Buffer.from("just words"))).toBe("text/plain");
    expect(sniffContentType(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe(
      "application/octet-stream",
    );
  });
});
