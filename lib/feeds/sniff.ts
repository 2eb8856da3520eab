import { AppError } from "@/lib/errors";
import type { FeedFormat } from "./types";

/**
 * What a document is, decided from its first element before any parser runs: the format parsers of feedsmith
 * look for "<rss" or "<feed" anywhere, so an HTML page quoting a feed, or an Atom entry quoting RSS, could
 * otherwise be read as the wrong thing.
 */
export type Sniffed = { kind: "json"; text: string } | { kind: "xml"; format: FeedFormat; text: string };

/** Root elements that mean a web page (with or without a doctype, well-formed or not). */
const HTML_ROOTS = new Set([
  "html",
  "head",
  "body",
  "meta",
  "link",
  "script",
  "style",
  "title",
  "div",
  "p",
  "a",
]);

const NAME = /[A-Za-z_][\w.:-]*/y;

function htmlPage(): AppError {
  return new AppError("UNSUPPORTED", "This is an HTML page, not a feed.");
}

function malformed(reason: string): AppError {
  return new AppError("UNPROCESSABLE", `The feed is not well-formed XML: ${reason}.`);
}

/** Index just past the ">" that ends the DOCTYPE starting at `start`, skipping quoted strings and a [ … ] subset. */
function doctypeEnd(text: string, start: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[") depth += 1;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === ">" && depth === 0) return i + 1;
  }
  throw malformed("the DOCTYPE declaration is not closed");
}

interface Prolog {
  root: string;
  /** `<rss/>`: nothing to close. */
  selfClosing: boolean;
  /** The DOCTYPE's [start, end), removed before parsing. */
  doctype: [number, number] | null;
}

/** Walks the prolog (declaration, comments, processing instructions, DOCTYPE) up to the root element's name. */
function readProlog(text: string): Prolog {
  let doctype: [number, number] | null = null;
  let at = text.indexOf("<");
  while (at >= 0) {
    if (text.startsWith("<?", at)) {
      const end = text.indexOf("?>", at + 2);
      if (end < 0) throw malformed("a processing instruction is not closed");
      at = text.indexOf("<", end + 2);
    } else if (text.startsWith("<!--", at)) {
      const end = text.indexOf("-->", at + 4);
      if (end < 0) throw malformed("a comment is not closed");
      at = text.indexOf("<", end + 3);
    } else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      if (/^<!doctype\s+html\b/i.test(text.slice(at, at + 20))) throw htmlPage();
      const end = doctypeEnd(text, at);
      doctype = [at, end];
      at = text.indexOf("<", end);
    } else {
      NAME.lastIndex = at + 1;
      const name = NAME.exec(text)?.[0];
      if (!name) throw malformed(`unexpected "${text.slice(at, at + 12)}" before the root element`);
      const tagEnd = text.indexOf(">", at);
      return { root: name, selfClosing: tagEnd > 0 && text[tagEnd - 1] === "/", doctype };
    }
  }
  throw malformed("it has no root element");
}

function formatOfRoot(root: string): FeedFormat | null {
  const lower = root.toLowerCase();
  const local = lower.slice(lower.indexOf(":") + 1);
  if (local === "rss") return "rss";
  if (local === "feed") return "atom";
  if (local === "rdf") return "rdf";
  return null;
}

/**
 * The XML parser reads a document that simply stops after a complete item without complaint, so a feed cut
 * off in transfer would pass as a shorter feed. Its root element must be closed.
 */
function assertRootClosed(text: string, root: string): void {
  const escaped = root.replace(/[.]/g, "\\.");
  if (!new RegExp(`</${escaped}\\s*>`, "i").test(text)) {
    throw new AppError("UNPROCESSABLE", `The feed is truncated: it ends before </${root}>.`);
  }
}

/**
 * Classifies a non-empty document: JSON, or XML with a feed root, after removing the DOCTYPE. Entity
 * declarations live in the DOCTYPE, so without it no entity can expand (billion laughs), whatever the XML
 * parser's settings; an RSS 0.91 DOCTYPE only names an external DTD we would never fetch anyway.
 * Throws UNSUPPORTED for HTML and for well-formed documents of another kind.
 */
export function sniffDocument(input: string): Sniffed {
  const text = input.replace(/^\uFEFF/, "").trim();
  if (text.startsWith("{") || text.startsWith("[")) return { kind: "json", text };
  if (!text.includes("<")) {
    throw new AppError("UNSUPPORTED", "This is not a feed: it is neither XML nor JSON.");
  }
  const { root, selfClosing, doctype } = readProlog(text);
  const format = formatOfRoot(root);
  if (format === null) {
    if (HTML_ROOTS.has(root.toLowerCase())) throw htmlPage();
    throw new AppError("UNSUPPORTED", `This XML document is not a feed: its root element is <${root}>.`);
  }
  if (!selfClosing) assertRootClosed(text, root);
  const body = doctype ? text.slice(0, doctype[0]) + text.slice(doctype[1]) : text;
  return { kind: "xml", format, text: body };
}
