import { decodeHTML } from "entities";
import { normalizeText } from "@/lib/text";

/**
 * Feed titles and descriptions are HTML fragments more often than not. This turns one into a single line of
 * plain text with a linear scan (no regex backtracking over attacker-controlled markup), reading at most
 * MAX_HTML_CHARS of it: a summary never needs more.
 */
const MAX_HTML_CHARS = 65_536;

/** Elements whose content is never text. */
const RAW_TEXT_ELEMENTS = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "object",
  "svg",
  "math",
]);

/** Elements that separate words: dropping them without a space would glue "end.</p><p>Next" together. */
// prettier-ignore
const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "td", "th", "tr", "ul",
]);

const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9:-]*)/;

/** Removes "<!-- … -->" comments; an unclosed comment runs to the end, as in a browser. */
export function stripComments(html: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const start = html.indexOf("<!--", at);
    if (start < 0) return out + html.slice(at);
    out += html.slice(at, start) + " ";
    const end = html.indexOf("-->", start + 4);
    if (end < 0) return out;
    at = end + 3;
  }
}

function closingTagEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}\\s*>`, "gi");
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? match.index + match[0].length : html.length;
}

/** Markup out, text in: tags dropped (block ones become a space), script-like elements dropped whole. */
function stripTags(html: string): string {
  let out = "";
  let at = 0;
  // Position of the next ">" at or after the current "<"; Infinity once there is none left, so a page of
  // unmatched "<" costs one scan, not one per "<".
  let nextGt = -1;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    if (lt < 0) break;
    out += html.slice(at, lt);
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      at = end < 0 ? html.length : end + 3;
      out += " ";
      continue;
    }
    if (nextGt < lt) {
      const found = html.indexOf(">", lt);
      nextGt = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    const name = TAG_NAME.exec(html.slice(lt, lt + 64))?.[1]?.toLowerCase();
    const isMarkup =
      Number.isFinite(nextGt) && (name !== undefined || html[lt + 1] === "!" || html[lt + 1] === "?");
    if (!isMarkup) {
      out += "<"; // "a < b" is text
      at = lt + 1;
      continue;
    }
    at = nextGt + 1;
    if (name === undefined) continue;
    const closing = html[lt + 1] === "/";
    if (!closing && RAW_TEXT_ELEMENTS.has(name) && html[nextGt - 1] !== "/") {
      at = closingTagEnd(html, name, at);
      out += " ";
    } else if (BLOCK_ELEMENTS.has(name)) {
      out += " ";
    }
  }
  return at < html.length ? out + html.slice(at) : out;
}

/**
 * Decodes character references as the HTML standard does (all named references, numeric 128–159 as the
 * Windows-1252 characters pages meant, invalid code points as U+FFFD); unknown names stay as written.
 */
export function decodeEntities(text: string): string {
  return text.includes("&") ? decodeHTML(text) : text;
}

/** One line: NFC, no zero-width characters, single spaces (normalizeText from lib/text, lines joined). */
export function oneLine(text: string): string {
  return normalizeText(text.replace(/\u00A0/g, " ")).replace(/\n+/g, " ");
}

/** An HTML fragment as one line of plain text. */
export function htmlToText(html: string): string {
  return oneLine(decodeEntities(stripTags(html.slice(0, MAX_HTML_CHARS))));
}

/** At most maxChars characters, cut at a word boundary when one is near, with "…" when anything was cut. */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let hard = text.slice(0, Math.max(0, maxChars - 1));
  if (/[\uD800-\uDBFF]$/.test(hard)) hard = hard.slice(0, -1); // never half a surrogate pair
  const space = hard.lastIndexOf(" ");
  const cut = space >= hard.length * 0.8 ? hard.slice(0, space) : hard;
  return `${cut.trimEnd()}…`;
}
