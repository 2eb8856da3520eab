import type { BodyUnit, RemovedPart } from "./body";

/** A paragraph of rendered HTML with the structure that helps tell body from furniture. */
export interface DomParagraph {
  text: string;
  role: NonNullable<BodyUnit["role"]>;
  linkDensity: number;
}

/** A whitespace-separated word list, written as a template literal so long lists stay readable. */
function wordList(words: string): string[] {
  return words.split(/\s+/).filter(Boolean);
}

function wordSet(words: string): ReadonlySet<string> {
  return new Set(wordList(words));
}

/** Never rendered as article text. */
const SKIPPED_TAGS = wordSet(`
  script style noscript template svg iframe object embed canvas button select option input textarea nav
  figcaption audio video title meta link head math dialog menu
`);

/** Elements that start a new paragraph. Table cells do not: a table row reads as one line. */
const BLOCK_TAGS = wordSet(`
  p div section article main header footer aside h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre table
  thead tbody tfoot tr hr address figure details summary center caption form fieldset body html
`);

const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Class and id vocabulary of page furniture that Readability keeps when it sits inside the article container
 * (caption credits, share bars, related-story rails, newsletter sign-ups). Short words must be a whole word of
 * the class ("ad", "bio"), so "shadow" or "biography" do not match; long ones may be part of a word
 * ("newsCaption", "article-related-links"). "author" and "contributor" name the author box after the article:
 * Readability turns its inline bio <div class="author-bio"> into a bare <p>, so only the box's name is left.
 */
const FURNITURE_CLASS_WORDS = wordSet(`
  ad ads adslot advert bio tags topics share social promo rail credit credits dek author contributor
`);
const FURNITURE_CLASS_PARTS = wordList(`
  caption byline sharing socials related newsletter advertisement sponsor subscribe subscription signup
  breadcrumb comments recirc outbrain taboola disclaimer copyright toolbar author-bio authorbio paywall
  donate sidebar trending readmore read-more carousel swiper teaser more-stories read-next recommend
  standfirst cookie-bar cookie-law cookie-notice cookie-banner cookie-consent cookieconsent gdpr
`);
/** Microdata of the article's own header: its headline, subtitle and summary are metadata, not body. */
const HEADER_ITEMPROPS = wordSet(`
  headline alternativeheadline description author datepublished datemodified
`);

/** A block bigger than this is content even if its class says otherwise (a wrapper named "article-social"). */
const MAX_FURNITURE_BLOCK_CHARS = 600;
const MAX_HEADER_CHARS = 1_000;
const MAX_PARAGRAPHS = 20_000;

/** One step of the walk: visit a node, restore the role after a child, or close an element. */
type Work =
  | { node: Node; depth: number; inLink: boolean; inherited: DomParagraph["role"] }
  | { resume: DomParagraph["role"] }
  | { close: string; isBlock: boolean; inherited: DomParagraph["role"] };

const SENTENCE_END = /[.!?…:;"”’)\]]\s*$/u;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function classWords(element: Element): string[] {
  const raw = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
  const words = raw.split(/\s+/).filter(Boolean);
  // "c-article-caption__text" → "c", "article", "caption", "text"; keep the whole token too for "author-bio".
  return [...words, ...words.flatMap((word) => word.split(/[-_]+/))];
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = (element.getAttribute("style") ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}

/** Page landmarks outside any article: read only when the whole page is searched for one. */
const PAGE_FURNITURE_TAGS = new Set(["aside", "footer", "form"]);

/**
 * Paragraphs (<p>) of 80 characters or more, outside links: the prose of a page or of a block, wherever it sits.
 * A paragraph that occurs twice (a page that serves its article twice, one copy for small screens) counts once.
 */
export function proseParagraphChars(root: ParentNode): number {
  let chars = 0;
  const seen = new Set<string>();
  for (const paragraph of root.querySelectorAll("p")) {
    const text = (paragraph.textContent ?? "").trim();
    if (text.length < 80 || seen.has(text)) continue;
    seen.add(text);
    let linked = 0;
    for (const link of paragraph.querySelectorAll("a")) linked += (link.textContent ?? "").length;
    if (linked < text.length * 0.5) chars += text.length;
  }
  return chars;
}

/**
 * Across the whole page, a block named like furniture that holds at least this share of the page's prose is a
 * layout wrapper ("main-with-sidebar", "sidebar-content") around the article, not a sidebar. Comment sections
 * are the exception: on a busy thread they hold more prose than the article.
 */
const LAYOUT_WRAPPER_PROSE_SHARE = 0.5;

function isLayoutWrapper(element: Element, words: readonly string[], pageProseChars: number): boolean {
  if (pageProseChars <= 0 || words.some((word) => word.includes("comment"))) return false;
  const needed = pageProseChars * LAYOUT_WRAPPER_PROSE_SHARE;
  // textContent bounds the prose from above and is cheaper than counting it.
  if ((element.textContent ?? "").length < needed) return false;
  return proseParagraphChars(element) >= needed;
}

/**
 * A form whose text is mostly not prose (field labels, "This field is for validation purposes", a submit button)
 * is a sign-up or download form inside the article's container. Some frameworks (ASP.NET) wrap the whole page
 * in one <form>; that one holds the article's prose and stays.
 */
function isFillInForm(form: Element): boolean {
  const text = (form.textContent ?? "").replace(/\s+/g, " ").trim().length;
  return proseParagraphChars(form) < text * 0.5;
}

function furnitureKindOf(element: Element, wholePage: boolean, pageProseChars: number): string | null {
  const tag = element.tagName.toLowerCase();
  if (tag === "figcaption" || tag === "figure") return "caption";
  const role = (element.getAttribute("role") ?? "").toLowerCase();
  if (role === "navigation" || role === "complementary" || role === "banner" || role === "contentinfo")
    return "navigation";
  // An article's <header> holds its headline, standfirst, byline and date; the body follows it.
  if (tag === "header" && (element.textContent ?? "").length <= MAX_HEADER_CHARS) return "header";
  // The same bound for microdata: some CMSs mark the whole article text as its "description".
  if (
    HEADER_ITEMPROPS.has((element.getAttribute("itemprop") ?? "").toLowerCase()) &&
    (element.textContent ?? "").length <= MAX_HEADER_CHARS
  ) {
    return "header";
  }
  const words = classWords(element);
  const furnitureClass =
    // A reader comment's "comment-author" line is what marks it as a comment: not an author box.
    words.some(
      (word) => FURNITURE_CLASS_WORDS.has(word) && !(word === "author" && words.includes("comment")),
    ) || words.some((word) => FURNITURE_CLASS_PARTS.some((part) => word.includes(part)));
  if (wholePage && PAGE_FURNITURE_TAGS.has(tag)) return "furniture-block";
  if (tag === "form" && isFillInForm(element)) return "furniture-block";
  if (!furnitureClass) return null;
  // Across the whole page a comments section or a related-stories rail is furniture however long it is.
  if (wholePage) return isLayoutWrapper(element, words, pageProseChars) ? null : "furniture-block";
  const length = (element.textContent ?? "").length;
  return length <= MAX_FURNITURE_BLOCK_CHARS ? "furniture-block" : null;
}

/**
 * The text of a DOM subtree as paragraphs: block elements end a paragraph, headings and list items keep their
 * role, script/style and other non-text elements never leak, figures and captions are dropped. A <br> ends a
 * paragraph too (many CMSs separate paragraphs with it), except where it merely wraps a sentence: the text
 * before it does not end a sentence and the text after it starts in lower case.
 */
export function domParagraphs(
  root: Node,
  options: { wholePage?: boolean; pageProseChars?: number } = {},
): { paragraphs: DomParagraph[]; removed: RemovedPart[] } {
  const wholePage = options.wholePage ?? false;
  const pageProseChars = options.pageProseChars ?? 0;
  const paragraphs: DomParagraph[] = [];
  const removed: RemovedPart[] = [];
  let buffer = "";
  let linkChars = 0;
  let role: DomParagraph["role"] = "paragraph";
  let pendingLineBreaks = 0;

  const flush = (): void => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text !== "" && paragraphs.length < MAX_PARAGRAPHS) {
      const linkShare = Math.min(1, linkChars / Math.max(1, buffer.replace(/\s+/g, " ").trim().length));
      paragraphs.push({ text, role, linkDensity: linkShare });
    }
    buffer = "";
    linkChars = 0;
    pendingLineBreaks = 0;
  };

  const resolveLineBreak = (next: string): void => {
    if (pendingLineBreaks === 0 || next.trim() === "") return;
    const wrapsSentence = pendingLineBreaks === 1 && !SENTENCE_END.test(buffer) && /^\s*\p{Ll}/u.test(next);
    if (wrapsSentence) buffer += " ";
    else flush();
    pendingLineBreaks = 0;
  };

  // An explicit stack instead of recursion: documents nest thousands of levels deep without a stack overflow.
  const stack: Work[] = [{ node: root, depth: 0, inLink: false, inherited: "paragraph" }];
  for (let work = stack.pop(); work; work = stack.pop()) {
    if ("resume" in work) {
      // A nested block may have reset the role; text after it belongs to the enclosing element again.
      role = work.resume;
      continue;
    }
    if ("close" in work) {
      if (work.isBlock) {
        flush();
        role = work.inherited;
      }
      if (work.close === "td" || work.close === "th") buffer += " ";
      continue;
    }
    const { node, depth, inLink, inherited } = work;
    if (node.nodeType === TEXT_NODE) {
      const data = node.textContent ?? "";
      if (inherited === "preformatted" && data.includes("\n")) {
        data.split("\n").forEach((line, index) => {
          if (index > 0) flush();
          buffer += line;
        });
        continue;
      }
      resolveLineBreak(data);
      buffer += data;
      if (inLink) linkChars += data.replace(/\s+/g, " ").trim().length;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toLowerCase();
    // A dropped block (or <nav>) still separates the text around it: "one<p hidden>…</p>two" is not "onetwo".
    const separates = BLOCK_TAGS.has(tag) || tag === "nav";
    if (SKIPPED_TAGS.has(tag) || isHidden(node)) {
      if (separates) buffer += " ";
      if (tag === "figcaption")
        removed.push({ kind: "caption", text: (node.textContent ?? "").trim().slice(0, 300) });
      continue;
    }
    if (depth > 0) {
      const furniture = furnitureKindOf(node, wholePage, pageProseChars);
      // A figure that holds a quotation, paragraphs or a table of text (WordPress wraps every table in one) is
      // content laid out as a figure, not an image; its <figcaption> is still dropped.
      const textFigure =
        tag === "figure" &&
        node.querySelector("blockquote, p, table") !== null &&
        !node.querySelector("img, picture");
      if (furniture && !textFigure) {
        const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
        if (text) removed.push({ kind: furniture, text: text.slice(0, 300) });
        if (separates) buffer += " ";
        continue;
      }
    }
    if (tag === "br") {
      if (buffer.trim() !== "") pendingLineBreaks++;
      continue;
    }
    if (tag === "td" || tag === "th") buffer += " ";
    const isBlock = BLOCK_TAGS.has(tag);
    let childRole = inherited;
    if (HEADING_TAGS.has(tag)) childRole = "heading";
    else if (tag === "li" || tag === "dt" || tag === "dd") childRole = "list-item";
    else if (tag === "blockquote") childRole = "quote";
    else if (tag === "pre") childRole = "preformatted";
    else if (tag === "tr") childRole = "table-row";
    if (isBlock) {
      flush();
      role = childRole;
    }
    stack.push({ close: tag, isBlock, inherited });
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    const childInLink = inLink || tag === "a";
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ resume: childRole });
      stack.push({ node: children[index]!, depth: depth + 1, inLink: childInLink, inherited: childRole });
    }
  }

  flush();
  return { paragraphs, removed };
}
