import { describe, expect, it } from "vitest";
import { revealCollapsedSections } from "./collapsed";
import { parseDocument } from "./dom";
import { extractArticle } from "./index";

const sentence = (topic: string): string =>
  `The ${topic} step takes about a week, and the installer explains in writing what will happen and why it matters.`;

/** A guide whose steps sit in an accordion: only the first panel is open as served. */
const guide = `<!DOCTYPE html><html><head><title>How to install solar panels</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/guides">Guides</a></li></ul></nav>
<article><h1>How to install solar panels</h1>
<p>${sentence("introductory")} ${sentence("planning")}</p>
<div class="guide-accordion">
  <h3>Week 1</h3><div class="panel" id="step-1"><p>${sentence("audit")} ${sentence("survey")}</p></div>
  <h3>Week 2</h3><div class="panel" id="step-2" style="display: none"><p>${sentence("permit")} ${sentence("design")}</p></div>
  <h3>Week 3</h3><div class="panel" id="step-3" hidden><p>${sentence("mounting")} ${sentence("wiring")}</p></div>
</div>
<p>${sentence("closing")}</p>
<div id="cookie-dialog" style="display:none"><p>We use cookies to give you the most relevant experience on our website, by remembering your preferences.</p></div>
</article></body></html>`;

describe("collapsed sections", () => {
  it("reads every panel of an accordion, not only the open one", () => {
    const { text } = extractArticle({ content: guide, format: "html" });
    expect(text).toContain(sentence("audit"));
    expect(text).toContain(sentence("permit"));
    expect(text).toContain(sentence("wiring"));
    expect(text).not.toContain("We use cookies");
  });

  it("unhides collapsible panels and leaves other hidden elements hidden", () => {
    const document = parseDocument(guide);
    revealCollapsedSections(document, guide);
    expect(document.getElementById("step-2")?.getAttribute("style") ?? "").not.toMatch(/none/);
    expect(document.getElementById("step-3")?.hasAttribute("hidden")).toBe(false);
    expect(document.getElementById("cookie-dialog")?.getAttribute("style")).toBe("display:none");
  });

  it("unhides an element that is itself a collapsible panel", () => {
    const html =
      '<body><div class="chakra-collapse" style="overflow: hidden; display: none">Answer</div></body>';
    const document = parseDocument(html);
    revealCollapsedSections(document, html);
    expect(document.querySelector(".chakra-collapse")?.getAttribute("style")).toBe("overflow: hidden; ");
  });
});
