import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare-article";

const body = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>The harbour tunnel vote went ahead on day ${i + 1}, and councillors said the work would start soon.</p>`,
).join("");

describe("prepareArticle", () => {
  it("stores titles, bylines and outlet names without control or bidi-override characters", () => {
    const page = `<!doctype html><html><head><title>x</title>
      <meta property="og:title" content="Tunnel&#x1B; vote &#x202E;devorppa&#x202C;">
      <meta property="og:site_name" content="Harbour&#x7; Daily&#x2066;">
      <meta name="author" content="Ana&#x202D; Ruiz"></head>
      <body><article><h1>Tunnel vote</h1>${body}</article></body></html>`;
    const prepared = prepareArticle({ content: page, format: "html", url: "https://harbour.example/a" });
    expect(prepared.title).toBe("Tunnel vote devorppa");
    expect(prepared.outlet.name).toBe("Harbour Daily");
    expect(prepared.byline).toBe("Ana Ruiz");

    const given = prepareArticle({
      content: body,
      format: "html",
      title: "Given\u0000 headline\u202e",
      outlet: "\u2067Given Post\u0000",
      byline: "\u202aBy Ana\u0001",
    });
    expect([given.title, given.outlet.name, given.byline]).toEqual([
      "Given headline",
      "Given Post",
      "By Ana",
    ]);
  });

  it("refuses a publication date that is not a real date in range", () => {
    for (const publishedAt of ["1", "2025-02-31", "+275000-01-01T00:00:00Z"])
      expect(() => prepareArticle({ content: body, format: "html", publishedAt }), publishedAt).toThrow(
        /must be an ISO 8601 date/,
      );
    expect(prepareArticle({ content: body, format: "html", publishedAt: "2025-02-28" }).publishedAt).toEqual(
      new Date("2025-02-28T00:00:00Z"),
    );
  });
});
