/*
 * News pages quote posts (a tweet, an Instagram caption) as a <blockquote> that the embed script later turns into
 * a card. Many sites wrap it in a box named for what it is ("social-media-embed"), and Readability drops any box
 * whose class sounds like page furniture ("social", "sidebar") before it weighs the text, so the quotation the
 * article cites is lost. A wrapper that holds nothing but the quotation is unwrapped first.
 */

/** More quotations than this is not an article that cites a few posts: leave the page as it is. */
const MAX_QUOTATIONS = 500;

function holdsOnly(wrapper: Element, quotation: Element): boolean {
  if (wrapper.children.length !== 1) return false;
  return (wrapper.textContent ?? "").trim().length === (quotation.textContent ?? "").trim().length;
}

/**
 * Replaces each wrapper whose only content is a <blockquote> with the blockquote, up to three levels out (a box
 * in a box). `html` is the page's markup, tested first so that a page without quotations costs one string scan.
 */
export function unwrapQuotations(document: Document, html: string): void {
  if (!html.includes("<blockquote")) return;
  const quotations = [...document.querySelectorAll("blockquote")];
  if (quotations.length > MAX_QUOTATIONS) return;
  for (const quotation of quotations) {
    for (let level = 0; level < 3; level++) {
      const wrapper = quotation.parentElement;
      if (!wrapper?.parentNode || wrapper.tagName.toLowerCase() === "body" || !holdsOnly(wrapper, quotation))
        break;
      wrapper.parentNode.replaceChild(quotation, wrapper);
    }
  }
}
