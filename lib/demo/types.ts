/** A fictional news outlet used by the demo corpus. */
export interface DemoOutlet {
  slug: string;
  name: string;
  domain: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** BCP-47 language tag, e.g. "en". */
  language: string;
}

/** A fictional article; `outlet` is a `DemoOutlet.slug`. */
export interface DemoArticle {
  outlet: string;
  title: string;
  byline: string | null;
  /** ISO 8601 timestamp in UTC, ending in "Z". */
  publishedAt: string;
  /** https://<outlet domain>/... */
  url: string;
  /** Paragraphs separated by one blank line. */
  body: string;
}

/** A group of articles from different outlets about one fictional event. */
export interface DemoStory {
  /** kebab-case, unique across the corpus. */
  key: string;
  /** One line describing the event, for tests and docs. */
  summary: string;
  articles: DemoArticle[];
}
