import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { FetchError, type FetchFailureKind } from "./fetch-error";
import { explainFetchFailure, inPlainWords } from "./plain-words";

const failure = (kind: FetchFailureKind, message = "technical", httpStatus: number | null = null) =>
  new FetchError("UNAVAILABLE", kind, message, { host: "news.example.org", httpStatus });

const KINDS: FetchFailureKind[] = [
  "invalid-url",
  "blocked-address",
  "dns",
  "connection-refused",
  "unreachable",
  "tls",
  "timeout",
  "http-refused",
  "http-not-found",
  "http-unavailable",
  "too-large",
  "wrong-type",
  "bad-response",
  "redirects",
  "cancelled",
];

describe("fetch failures in plain words", () => {
  it("says what happened and what to do next, for every kind and both purposes", () => {
    for (const kind of KINDS)
      for (const purpose of ["article", "feed"] as const) {
        const text = explainFetchFailure(failure(kind, "x", 403), purpose);
        // Two sentences at least: what happened, then the next step; no jargon from the technical message.
        expect(
          text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3).length,
          `${kind}/${purpose}`,
        ).toBeGreaterThanOrEqual(2);
        expect(text, kind).not.toMatch(/ECONN|ENOTFOUND|DNS|refused:|HPE_/);
        expect(text).toMatch(/\.$/);
      }
  });

  it("uses the words editors were promised", () => {
    expect(explainFetchFailure(failure("http-refused", "x", 403), "article")).toBe(
      "The site refused us (403). Paste the article's text instead.",
    );
    expect(explainFetchFailure(failure("dns"), "article")).toBe(
      "We could not find that site's address (news.example.org). Check the URL for typos.",
    );
    expect(explainFetchFailure(failure("blocked-address"), "feed")).toMatch(
      /^Parallax does not fetch from news\.example\.org: it is a local or private network address/,
    );
    expect(
      explainFetchFailure(failure("wrong-type", "refused: h sent text/html, which is not one of"), "feed"),
    ).toBe(
      "That address is not a feed (it sends text/html). Use the outlet's RSS or Atom address: its site usually links it.",
    );
    expect(
      explainFetchFailure(failure("too-large", "the page at h is larger than the limit of 5 MB"), "article"),
    ).toBe("The page is too large to read (over 5 MB). Paste the article's text instead.");
  });

  it("keeps the code and the technical message as the cause; other errors pass through", () => {
    const original = new FetchError(
      "FORBIDDEN",
      "blocked-address",
      "refused: 10.0.0.1 is a private address",
      {
        host: "10.0.0.1",
      },
    );
    const plain = inPlainWords(original, "article") as AppError;
    expect(plain.code).toBe("FORBIDDEN");
    expect(plain.cause).toBe(original);
    expect(plain.message).toMatch(/or paste the article's text instead\.$/);
    const other = new AppError("CONFLICT", "Already subscribed.");
    expect(inPlainWords(other, "feed")).toBe(other);
  });
});
