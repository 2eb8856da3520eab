import { Feed } from "feed";
import type { FeedDocument } from "./feed-model";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const JSON_FEED_CONTENT_TYPE = "application/feed+json; charset=utf-8";

/** Atom 1.0, written by the `feed` package (it escapes and structures the XML; docs/dependencies.md). */
export function renderAtom(doc: FeedDocument): string {
  const feed = new Feed({
    id: doc.id,
    title: doc.title,
    description: doc.description,
    link: doc.link,
    updated: doc.updated,
    generator: "Parallax",
    feedLinks: { atom: doc.atomUrl, json: doc.jsonUrl },
    author: { name: "Parallax" },
  });
  for (const entry of doc.entries) {
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: entry.updated,
      ...(entry.published ? { published: entry.published } : {}),
      description: entry.summary,
      ...(entry.author ? { author: [{ name: entry.author }] } : {}),
      category: [{ name: entry.kind, term: entry.kind }],
    });
  }
  return feed.atom1();
}

/**
 * JSON Feed 1.1. The `feed` package writes version 1 (a single `author`); 1.1 is plain JSON, so it is built
 * here from the same document rather than patched afterwards.
 */
export function renderJsonFeed(doc: FeedDocument): string {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: doc.title,
      home_page_url: doc.link,
      feed_url: doc.jsonUrl,
      description: doc.description,
      authors: [{ name: "Parallax" }],
      items: doc.entries.map((entry) => ({
        id: entry.id,
        url: entry.link,
        title: entry.title,
        content_text: entry.summary,
        date_modified: entry.updated.toISOString(),
        ...(entry.published ? { date_published: entry.published.toISOString() } : {}),
        ...(entry.author ? { authors: [{ name: entry.author }] } : {}),
        tags: [entry.kind],
      })),
    },
    null,
    2,
  );
}
