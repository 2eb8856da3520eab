import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { EXTRACT_LIMITS, extractArticle, type ExtractInput } from "./index";
import { looksBinary, sniffFormat } from "./input";

const SEEDS_DIR = path.resolve(__dirname, "../../../shared/fixtures/seeds");
const JOE_SEED = readFileSync(path.join(SEEDS_DIR, "000_d9b0784d0bac88d8.txt"), "utf8");
const NEWS_PAGE = readFileSync(path.join(__dirname, "__fixtures__", "news-page.html"), "utf8");
const NO_ARTICLE = readFileSync(path.join(__dirname, "__fixtures__", "no-article.html"), "utf8");

const PROSE =
  "The library will stay open until midnight during the exam weeks, the university announced on Monday after a petition. ";

/** The AppError that extractArticle throws for this input (fails the test when it does not throw one). */
function errorFor(input: ExtractInput, options?: Parameters<typeof extractArticle>[1]): AppError {
  try {
    extractArticle(input, options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("extractArticle did not throw");
}

describe("extractArticle input checks", () => {
  it("refuses empty and whitespace-only content", () => {
    for (const content of ["", "   \n\t  \n", "\uFEFF"]) {
      const error = errorFor({ content, format: "auto" });
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.message).toBe("The file is empty.");
    }
  });

  it("refuses content over the limit and names the limit", () => {
    const error = errorFor({ content: PROSE.repeat(10), format: "text" }, { maxInputChars: 500 });
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toContain("500");
    expect(error.message).not.toContain("\n");
    expect(EXTRACT_LIMITS.maxInputChars).toBe(5_000_000);
    const atDefault = errorFor({ content: "a".repeat(EXTRACT_LIMITS.maxInputChars + 1), format: "text" });
    expect(atDefault.code).toBe("TOO_LARGE");
    expect(atDefault.message).toContain("5,000,000");
  });

  it("refuses binary content: NUL bytes, or mostly replacement and control characters", () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
      0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
    ]).toString("latin1");
    const mojibake = "\uFFFD\u0001\uFFFD\u0002".repeat(40) + "PK";
    for (const content of [png, mojibake]) {
      const error = errorFor({ content, format: "auto" });
      expect(error.code).toBe("UNSUPPORTED");
      expect(error.message).toBe("This looks like a binary file, not text or HTML.");
    }
  });

  it("accepts text with an occasional replacement character", () => {
    expect(looksBinary(`${PROSE}\uFFFD${PROSE}`)).toBe(false);
    expect(extractArticle({ content: `${PROSE}caf\uFFFD ${PROSE}`, format: "text" }).text).toContain(
      "caf\uFFFD",
    );
  });

  it("says there is no article when the page has no prose", () => {
    const cases: ExtractInput[] = [
      { content: NO_ARTICLE, format: "html" },
      { content: "Home\nNews\nSport\nWeather\nContact us", format: "text" },
      { content: "The ferry was late again.", format: "text" },
    ];
    for (const input of cases) {
      const error = errorFor(input);
      expect(error.code).toBe("UNPROCESSABLE");
      expect(error.message).toMatch(/^No article text found/);
    }
  });

  it("applies minBodyChars", () => {
    const content = PROSE.trim();
    expect(extractArticle({ content, format: "text" }).text).toBe(content);
    expect(errorFor({ content, format: "text" }, { minBodyChars: content.length + 1 }).code).toBe(
      "UNPROCESSABLE",
    );
  });
});

describe("format sniffing", () => {
  it("takes documents and tag-rich fragments for HTML, and copied text for text", () => {
    expect(sniffFormat(NEWS_PAGE)).toBe("html");
    expect(sniffFormat("  <html><body><p>Hi</p></body></html>")).toBe("html");
    expect(sniffFormat("<p>One</p>\n<p>Two</p>")).toBe("html");
    expect(sniffFormat("Intro text.\n<div>a</div><p>b</p><span>c</span>")).toBe("html");
    expect(sniffFormat(JOE_SEED)).toBe("text");
    expect(
      sniffFormat("The developer said the <p> tag was deprecated in his tutorial, which is wrong."),
    ).toBe("text");
  });

  it('gives the same result with format "auto" as with the right explicit format', () => {
    expect(extractArticle({ content: NEWS_PAGE, format: "auto" })).toEqual(
      extractArticle({ content: NEWS_PAGE, format: "html" }),
    );
    expect(extractArticle({ content: JOE_SEED, format: "auto" })).toEqual(
      extractArticle({ content: JOE_SEED, format: "text" }),
    );
  });
});

describe("determinism", () => {
  it("returns the same article for the same input", () => {
    for (const input of [
      { content: NEWS_PAGE, format: "html", url: "https://courier.example/a" },
      { content: JOE_SEED, format: "text" },
    ] satisfies ExtractInput[]) {
      const first = extractArticle(input);
      const second = extractArticle({ ...input });
      expect(second).toEqual(first);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    }
  });
});
