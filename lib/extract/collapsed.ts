/*
 * Guides and FAQs fold their sections into accordions: every panel but the first is hidden until the reader
 * opens it, yet it is the article's text (a reader sees a heading to click for each). Read as served, those
 * panels are hidden elements, which Readability and the paragraph walk both skip.
 */

/** Class words of an accordion or a collapsible panel ("accordion-item", "chakra-collapse", "collapsible"). */
const COLLAPSIBLE_CLASS = /accordion|collaps/i;
const CANDIDATES = '[class*="ccordion"], [class*="ollaps"], [class*="CCORDION"], [class*="OLLAPS"]';
/** More than this many collapsible elements is not a page of folded sections: leave it as it is. */
const MAX_COLLAPSIBLES = 2_000;

function isCollapsible(element: Element): boolean {
  return COLLAPSIBLE_CLASS.test(element.getAttribute("class") ?? "");
}

function reveal(element: Element): void {
  element.removeAttribute("hidden");
  if (element.getAttribute("aria-hidden") === "true") element.removeAttribute("aria-hidden");
  const style = element.getAttribute("style");
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) {
    element.setAttribute(
      "style",
      style.replace(/display\s*:\s*none\s*;?/gi, "").replace(/visibility\s*:\s*hidden\s*;?/gi, ""),
    );
  }
}

/**
 * Unhides the panels of accordions: an element whose class names it collapsible, and the direct children of one
 * (the panel inside an accordion item). Menus that collapse sit in <nav> and headers, which stay furniture.
 * `html` is the page's markup, tested first so that a page without such classes costs one scan of the string.
 */
export function revealCollapsedSections(document: Document, html: string): void {
  if (!COLLAPSIBLE_CLASS.test(html)) return;
  const candidates = [...document.querySelectorAll(CANDIDATES)].filter(isCollapsible);
  if (candidates.length > MAX_COLLAPSIBLES) return;
  for (const element of candidates) {
    reveal(element);
    for (const child of element.children) reveal(child);
  }
}
