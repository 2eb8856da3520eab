import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { assertFuzzProperty } from "@/lib/testing/fuzz";
import { AppError } from "../errors";
import { domParagraphs } from "./dom-paragraphs";
import { extractionProperty } from "./extract.fuzz";
import { extractArticle } from "./index";

describe("extraction under fuzzing", () => {
  it("never crashes other than with an AppError, stays in bounds and keeps to the page's words", () => {
    assertFuzzProperty(extractionProperty);
  });

  // Regressions found by `npm run fuzz`.
  it("refuses markup without a root element instead of crashing (was a TypeError from linkedom)", () => {
    for (const content of ["<script>", "<style>", "<!--", "<script type=x>alert(1)"]) {
      expect(() => extractArticle({ content, format: "html" })).toThrow(AppError);
    }
  });

  it("keeps words apart where a dropped block stood between them", () => {
    const { document } = parseHTML(
      "<html><body><div>It ended<div hidden>secret</div>there<nav>menu</nav>and<aside style='display:none'>x</aside>so</div></body></html>",
    );
    expect(domParagraphs(document.body).paragraphs.map((p) => p.text)).toEqual(["It ended there and so"]);
  });
});
