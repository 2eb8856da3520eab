import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DiffOp } from "@/lib/compare";
import { QuoteDiff } from "./QuoteDiff";

const render = (ops: DiffOp[]) => renderToStaticMarkup(createElement(QuoteDiff, { ops }));

describe("QuoteDiff", () => {
  const ops: DiffOp[] = [
    [0, "legitimate targets for "],
    [-1, "their destruction"],
    [1, "defeat"],
  ];

  it("marks deletions and insertions with elements, classes, visible markers and hidden labels", () => {
    const html = render(ops);
    expect(html).toContain('<del class="diff-del">');
    expect(html).toContain('<ins class="diff-ins">');
    expect(html).toContain('class="sr-only">[removed: </span>');
    expect(html).toContain('class="sr-only">[added: </span>');
    expect(html).toMatch(/aria-hidden="true" class="diff-marker">−<\/span>their destruction/);
    expect(html).toMatch(/aria-hidden="true" class="diff-marker">\+<\/span>defeat/);
  });

  it("keeps the words in order and leaves equal text plain", () => {
    const text = render(ops).replace(/<[^>]+>/g, "");
    expect(text).toBe("legitimate targets for [removed: −their destruction][added: +defeat]");
  });

  it("keeps surrounding spaces outside the marks and escapes text", () => {
    const html = render([
      [0, "a"],
      [1, " <b>bold</b> "],
      [0, "c"],
    ]);
    expect(html).toContain("<span>a</span><span> <ins");
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;<span class="sr-only">]</span></ins> </span>');
    expect(html).not.toContain("<b>");
  });

  it("renders whitespace-only changes as plain text", () => {
    expect(
      render([
        [0, "a"],
        [1, "  "],
        [0, "b"],
      ]),
    ).not.toContain("<ins");
  });
});
