import { describe, expect, it } from "vitest";
import { documentTerms, inverseDocumentFrequency, profileDocument } from "./profile";
import type { ClusterDocument } from "./types";
import { JOE_DOC, OTHER_DOC } from "./__fixtures__/documents";

describe("documentTerms", () => {
  it("lists, sorted and distinct, every term a profile can use", () => {
    const terms = documentTerms(JOE_DOC);
    expect(terms).toEqual([...new Set(terms)].sort());
    const profile = profileDocument(JOE_DOC, { documentCount: 50, documentFrequency: { putin: 40 } });
    for (const term of Object.keys(profile.terms)) expect(terms).toContain(term);
    expect(terms).toEqual(expect.arrayContaining(["putin", "vladivostok", "legitimate target", "#26"]));
  });
});

describe("profileDocument", () => {
  it("keeps at most 64 terms, L2-normalised", () => {
    const profile = profileDocument(OTHER_DOC, { documentCount: 0, documentFrequency: {} });
    const weights = Object.values(profile.terms);
    expect(weights.length).toBeLessThanOrEqual(64);
    expect(Math.hypot(...weights)).toBeCloseTo(1, 4);
  });

  it("finds names by capitalisation and significant figures", () => {
    const profile = profileDocument(JOE_DOC, { documentCount: 0, documentFrequency: {} });
    expect(profile.entities).toEqual(
      expect.arrayContaining([
        "Putin",
        "Vladimir Putin",
        "Vladivostok",
        "Eastern Economic Forum",
        "Coalition of the Willing",
      ]),
    );
    expect(profile.entities).not.toContain("Russian President Vladimir Putin");
    expect(profile.numbers).toEqual(["26"]);
    expect(profile).toMatchObject({ publishedAt: JOE_DOC.publishedAt, language: "en" });
  });

  it("weighs terms by rarity once the corpus is big enough to tell", () => {
    const stats = { documentCount: 1000, documentFrequency: { putin: 900, vladivostok: 2 } };
    const profile = profileDocument(JOE_DOC, stats);
    expect(profile.terms.vladivostok ?? 0).toBeGreaterThan(profile.terms.putin ?? 0);
  });

  it("keeps IDF sane for tiny or inconsistent corpora", () => {
    for (const documentCount of [0, 1, 2]) {
      for (const df of [0, 1, 2, 5]) {
        const idf = inverseDocumentFrequency("x", { documentCount, documentFrequency: { x: df } });
        expect(idf).toBeGreaterThanOrEqual(1);
        expect(idf).toBeLessThan(1.2);
      }
    }
    expect(inverseDocumentFrequency("x", { documentCount: -3, documentFrequency: { x: -1 } })).toBe(1);
  });

  it("treats words that are also Object.prototype members as ordinary terms", () => {
    const doc: ClusterDocument = {
      id: "proto",
      title: "Constructor toString valueOf",
      text: "The constructor said hasOwnProperty and toString twice: constructor, constructor.",
      publishedAt: null,
      language: null,
    };
    const profile = profileDocument(doc, { documentCount: 5, documentFrequency: {} });
    expect(typeof profile.terms.constructor).toBe("number");
    expect(Object.values(profile.terms).every(Number.isFinite)).toBe(true);
  });

  it("bounds the work on very long texts and handles empty ones", () => {
    const long = { ...JOE_DOC, text: `${JOE_DOC.text}\n\n`.repeat(400) };
    expect(
      Object.keys(profileDocument(long, { documentCount: 0, documentFrequency: {} }).terms).length,
    ).toBeLessThanOrEqual(64);
    const empty = profileDocument(
      { ...JOE_DOC, title: "", text: "" },
      { documentCount: 0, documentFrequency: {} },
    );
    expect(empty).toMatchObject({ terms: {}, entities: [], numbers: [] });
  });
});
