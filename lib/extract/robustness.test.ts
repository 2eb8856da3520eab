import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { withCpuTime } from "@/lib/testing/cpu-time";

/*
 * Hostile and broken markup: the extractor must return the article or the UNPROCESSABLE error, in bounded time,
 * without a stack overflow and without leaking the text of scripts, styles, noscript or templates.
 */

const PARAGRAPHS = [
  "The committee published its report on Tuesday after two years of hearings and more than 400 submissions from residents.",
  "It recommends closing the old landfill site by 2030 and turning part of it into a nature reserve with public paths.",
  "The council will vote on the recommendations next month, and campaigners have promised to fill the public gallery.",
];
const BODY = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("");

function html(body: string, head = "<title>Landfill report</title>"): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

function bodyOf(content: string): string[] {
  return extractArticle({ content, format: "html" }).text.split("\n\n");
}

/** A generous bound: these finish in well under a second alone, but CI machines are shared. */
const TIME_BOUND_MS = 3_000;

const timed = withCpuTime;

describe("broken markup", () => {
  it("keeps the paragraphs after a stray </body></html> in the middle of the page", () => {
    const content = `<html><head><title>T</title></head><body><article><p>${PARAGRAPHS[0]}</p></body></html><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></article></body></html>`;
    expect(bodyOf(content)).toEqual(PARAGRAPHS);
  });

  it("reads unclosed paragraphs, divs and inline elements", () => {
    const content = `<html><body><div class="story"><p>${PARAGRAPHS[0]}<p><b>${PARAGRAPHS[1]}<div><p><i>${PARAGRAPHS[2]}`;
    expect(bodyOf(content)).toEqual(PARAGRAPHS);
  });

  it("survives a script that is never closed: what follows it is script text, as in a browser", () => {
    const content = `<html><body><article>${BODY}<script>track("</p><p>LEAK");`;
    expect(bodyOf(content)).toEqual(PARAGRAPHS);
  });
});

describe("script, style, noscript, template and SVG content", () => {
  it("never leaks into the text, in the page or inside the article container", () => {
    const content = html(
      `<noscript>LEAK_NOSCRIPT please enable JavaScript</noscript><article><p>${PARAGRAPHS[0]}</p>` +
        `<script>LEAK_SCRIPT("${PARAGRAPHS[1]}")</script><style>.LEAK_STYLE { color: red }</style>` +
        `<template><p>LEAK_TEMPLATE ${PARAGRAPHS[2]}</p></template><svg><title>LEAK_SVG</title><text>LEAK_SVG</text></svg>` +
        `<p>${PARAGRAPHS[1]} <script>document.write("LEAK_INLINE")</script></p><p>${PARAGRAPHS[2]}</p></article>` +
        `<!-- LEAK_COMMENT <p>${PARAGRAPHS[0]}</p> -->`,
      `<title>T</title><style>body::after { content: "LEAK_HEAD_STYLE" }</style><script>var LEAK_HEAD = 1;</script>`,
    );
    const article = extractArticle({ content, format: "html" });
    expect(article.text).not.toMatch(/LEAK|document\.write|color: red/);
    expect(article.text.split("\n\n")).toEqual(PARAGRAPHS);
  });

  it("does not take a template or noscript fallback for the article", () => {
    for (const wrapper of ["template", "noscript"]) {
      const content = html(`<${wrapper}><article>${BODY}</article></${wrapper}><p>Loading…</p>`);
      expect(() => extractArticle({ content, format: "html" })).toThrow(/No article text found/);
    }
  });
});

describe("deeply nested markup", () => {
  it.each([300, 2_000, 10_000])("extracts from %i nested divs without a stack overflow", (depth) => {
    const content = html(`${"<div>".repeat(depth)}${BODY}${"</div>".repeat(depth)}`);
    const { result, ms } = timed(() => bodyOf(content));
    expect(result).toEqual(PARAGRAPHS);
    expect(ms).toBeLessThan(TIME_BOUND_MS);
  });

  it("extracts from 10,000 nested divs that are never closed", () => {
    const { result, ms } = timed(() => bodyOf(html(`${"<div>".repeat(10_000)}${BODY}`)));
    expect(result).toEqual(PARAGRAPHS);
    expect(ms).toBeLessThan(TIME_BOUND_MS);
  });
});

describe("huge pages", () => {
  /** A realistic 5 MB page: inline app state, icon sprites, a long comment thread, navigation and the article. */
  function hugePage(): string {
    const state = `<script>window.__STATE__ = ${JSON.stringify({ items: "x".repeat(2_900_000) })};</script>`;
    const icons = `<svg><path d="${"M0 0L10 10 ".repeat(50)}"/></svg>`.repeat(1_000);
    const comment = (n: number): string =>
      `<li class="comment"><div class="comment-author">Reader ${n}</div><time>2 hours ago</time>` +
      `<p>I have lived near the landfill for twenty years and the smell in summer is unbearable, comment ${n}.</p>` +
      `<a href="#reply">Reply</a></li>`;
    const comments = `<section id="comments"><h2>Comments</h2><ol>${Array.from({ length: 6_000 }, (_, n) => comment(n)).join("")}</ol></section>`;
    const nav = `<nav>${Array.from({ length: 500 }, (_, n) => `<a href="/s/${n}">Section ${n}</a>`).join("")}</nav>`;
    return html(
      `${nav}${state}<main><article><h1>Landfill report</h1>${BODY}</article>${comments}</main>${icons}`,
    );
  }

  it("extracts a 5 MB page in bounded time", () => {
    const content = hugePage();
    expect(content.length).toBeGreaterThan(4_500_000);
    expect(content.length).toBeLessThanOrEqual(5_000_000);
    const { result, ms } = timed(() => extractArticle({ content, format: "html" }));
    expect(result.text.split("\n\n")).toEqual(PARAGRAPHS);
    expect(ms).toBeLessThan(TIME_BOUND_MS);
  });

  it("bounds the work on a page of 5 MB of elements (not parsed: read as text, metadata from <head>)", () => {
    const filler = `<div class="cell"><span>·</span></div>`.repeat(110_000);
    const content = html(
      `<article>${BODY}</article>${filler}`,
      `<title>Landfill report | Post</title><meta property="og:title" content="Landfill report"><meta property="article:published_time" content="2025-05-02T10:00:00Z">`,
    );
    expect(content.length).toBeGreaterThan(4_000_000);
    const { result, ms } = timed(() => extractArticle({ content, format: "html" }));
    expect(result.text.split("\n\n")).toEqual(PARAGRAPHS);
    expect(result.title).toBe("Landfill report");
    expect(result.publishedAt).toBe("2025-05-02T10:00:00.000Z");
    expect(ms).toBeLessThan(TIME_BOUND_MS);
  });
});
