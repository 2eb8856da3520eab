import { describe, expect, it } from "vitest";

import { DEMO_NOTICE, demoOutlets, demoStories } from "./index";

const allArticles = demoStories.flatMap((story) => story.articles);

function paragraphs(body: string): string[] {
  return body.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
}

function wordCount(body: string): number {
  return body.split(/\s+/).filter((w) => w.length > 0).length;
}

describe("demo corpus", () => {
  it("has enough outlets, stories and articles", () => {
    expect(demoOutlets.length).toBeGreaterThanOrEqual(8);
    expect(demoStories.length).toBeGreaterThanOrEqual(10);
    expect(allArticles.length).toBeGreaterThanOrEqual(40);
  });

  it("says the data is fictional", () => {
    expect(DEMO_NOTICE).toMatch(/fictional/);
  });

  it("has unique outlet slugs and domains under .example", () => {
    const slugs = demoOutlets.map((o) => o.slug);
    const domains = demoOutlets.map((o) => o.domain);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(domains).size).toBe(domains.length);
    for (const outlet of demoOutlets) {
      expect(outlet.domain).toMatch(/^[a-z0-9-]+\.example$/);
      expect(outlet.country).toMatch(/^[A-Z]{2}$/);
      expect(outlet.language).toBe("en");
    }
  });

  it("includes a wire service", () => {
    expect(demoOutlets.some((o) => /wire/i.test(o.name))).toBe(true);
  });

  it("has unique kebab-case story keys", () => {
    const keys = demoStories.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("gives every story a summary and 3 to 6 articles", () => {
    for (const story of demoStories) {
      expect(story.summary.trim().length, story.key).toBeGreaterThan(0);
      expect(story.articles.length, story.key).toBeGreaterThanOrEqual(3);
      expect(story.articles.length, story.key).toBeLessThanOrEqual(6);
    }
  });

  it("uses only known outlet slugs", () => {
    const slugs = new Set(demoOutlets.map((o) => o.slug));
    for (const article of allArticles) {
      expect(slugs.has(article.outlet), article.url).toBe(true);
    }
  });

  it("has unique article URLs on the outlet's own domain", () => {
    const urls = allArticles.map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
    const domainBySlug = new Map(demoOutlets.map((o) => [o.slug, o.domain]));
    for (const article of allArticles) {
      const url = new URL(article.url);
      expect(url.protocol, article.url).toBe("https:");
      expect(url.hostname, article.url).toBe(domainBySlug.get(article.outlet));
      expect(url.pathname.length, article.url).toBeGreaterThan(1);
    }
  });

  it("has parseable UTC publication dates in 2026", () => {
    for (const article of allArticles) {
      expect(article.publishedAt, article.url).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const time = Date.parse(article.publishedAt);
      expect(Number.isNaN(time), article.url).toBe(false);
      expect(new Date(time).getUTCFullYear(), article.url).toBe(2026);
    }
  });

  it("has well-formed bodies", () => {
    for (const article of allArticles) {
      const paras = paragraphs(article.body);
      expect(paras.length, article.url).toBeGreaterThanOrEqual(4);
      expect(article.body, article.url).toBe(article.body.trim());
      expect(article.body, article.url).not.toMatch(/\n\n\n/);
      expect(article.title.trim().length, article.url).toBeGreaterThan(0);
      const words = wordCount(article.body);
      expect(words, article.url).toBeGreaterThanOrEqual(150);
      expect(words, article.url).toBeLessThanOrEqual(450);
    }
  });

  it("has balanced straight and curly double quotes in every body", () => {
    for (const article of allArticles) {
      const straight = (article.body.match(/"/g) ?? []).length;
      expect(straight % 2, article.url).toBe(0);
      const open = (article.body.match(/\u201c/g) ?? []).length;
      const close = (article.body.match(/\u201d/g) ?? []).length;
      expect(open, article.url).toBe(close);
    }
  });

  it("has balanced quotes within each paragraph", () => {
    for (const article of allArticles) {
      for (const para of paragraphs(article.body)) {
        const straight = (para.match(/"/g) ?? []).length;
        expect(straight % 2, para).toBe(0);
      }
    }
  });

  it("keeps each story's articles within a few days", () => {
    const maxSpanMs = 4 * 24 * 60 * 60 * 1000;
    for (const story of demoStories) {
      const times = story.articles.map((a) => Date.parse(a.publishedAt));
      expect(Math.max(...times) - Math.min(...times), story.key).toBeLessThanOrEqual(maxSpanMs);
    }
  });

  it("lets Meridian Wire publish first in its wire-copy story", () => {
    const story = demoStories.find((s) => s.key === "halcyon-lunar-launch");
    expect(story).toBeDefined();
    const sorted = [...(story?.articles ?? [])].sort(
      (a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt),
    );
    expect(sorted[0]?.outlet).toBe("meridian-wire");
    const credited = sorted.filter((a) => a.body.includes("(Meridian Wire)"));
    expect(credited.length).toBeGreaterThanOrEqual(3);
  });
});
