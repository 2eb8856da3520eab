import { parseHTML } from "linkedom";
import { decodeLeftoverEntities } from "./markup-text";

/*
 * Getting a usable DOM out of whatever markup arrives, and knowing when not to try: linkedom's parse time grows
 * with the square of the nesting depth, and Readability's time on deep markup grows faster still.
 */

/**
 * Markup that never becomes article text, matched the way the HTML tokenizer reads it: whichever starts first
 * wins, a comment or raw-text element (script, style) left open runs to the end of the page, and one ends at its
 * first closing tag. Noscript, template and SVG are only taken with their closing tag (an unclosed one is left to
 * the parser and skipped when the text is read). JSON-LD scripts stay: metadata is read from them.
 */
const INERT_MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style)\b([^>]*)>[\s\S]*?(?:<\/\1\s*>|$)|<(noscript|template|svg)\b[^>]*(?<!\/)>[\s\S]*?<\/\3\s*>/gi;
const JSON_LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;

/**
 * The page without comments, scripts (other than JSON-LD), styles, noscript, templates and inline SVG: they cost
 * parse time and memory, and Readability would remove most of them anyway.
 */
export function stripInertMarkup(html: string): string {
  return html.replace(
    INERT_MARKUP,
    (match: string, rawTag: string | undefined, attributes: string | undefined) =>
      rawTag?.toLowerCase() === "script" && JSON_LD_TYPE.test(attributes ?? "") ? match : " ",
  );
}

/**
 * linkedom builds whatever the markup says: a fragment ("<p>…</p>") or text before <html> leaves a document
 * without a usable <body>, and content under <html> without a <body> tag, or after a stray "</body></html>" in
 * the middle of the page, is not inside the body. The first is re-parsed inside a proper skeleton, the rest is
 * moved into the body, where a browser puts it.
 */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  // linkedom's body getter throws on a document with no root element at all (markup that is only a <script>).
  const body = root ? document.body : null;
  if (!root || root.tagName.toLowerCase() !== "html" || !body) {
    const inner = html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi, "");
    return parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`).document;
  }
  const children = [...root.childNodes];
  const bodyIndex = children.indexOf(body);
  const isStray = (node: ChildNode): boolean => node !== body && node !== document.head;
  const before = children.slice(0, Math.max(0, bodyIndex)).filter(isStray);
  const after = children.slice(bodyIndex + 1).filter(isStray);
  for (const node of before.reverse()) body.insertBefore(node, body.firstChild);
  for (const node of after) body.appendChild(node);
  const afterRoot = [...document.childNodes].slice([...document.childNodes].indexOf(root) + 1);
  for (const node of afterRoot) body.appendChild(node);
  return document;
}

/** Elements that never nest or whose end tag pages leave out: they do not count towards the depth estimate. */
const FLAT_TAGS = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th option".split(" "),
);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;

/**
 * The deepest nesting of the raw markup and how many elements it opens, counted from its tags (a cheap single
 * pass, no parsing): what parsing it, and running Readability on it, would cost.
 */
export function markupShape(html: string): { depth: number; elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (const match of html.matchAll(TAG)) {
    const [, closing, name = "", selfClosing] = match;
    if (!closing) elements++;
    if (FLAT_TAGS.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return { depth: deepest, elements };
}

/** The markup before <body>: where a page keeps its meta tags, canonical link and usually its JSON-LD. */
export function headMarkup(html: string, maxChars: number): string | null {
  const body = /<body\b/i.exec(html);
  return body && body.index <= maxChars ? html.slice(0, body.index) : null;
}

/** The text of markup too deep to parse: tags become line breaks, comments and scripts go. */
export function markupToText(html: string): string {
  const text = html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]*>/g, "\n");
  return decodeLeftoverEntities(text);
}

/** Whether any element sits deeper than `limit` levels (an iterative walk that stops as soon as one does). */
export function nestsDeeperThan(root: Element, limit: number): boolean {
  const stack: { element: Element; depth: number }[] = [{ element: root, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.depth > limit) return true;
    for (let child = entry.element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push({ element: child, depth: entry.depth + 1 });
    }
  }
  return false;
}
