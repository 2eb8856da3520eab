import type { Quotation } from "./quotation";

/** An outlet as an article names it: a stable slug, a display name and (when known) its web domain. */
export interface OutletInput {
  slug: string;
  name: string;
  domain: string | null;
  country?: string | null;
  language?: string | null;
  /** Created for the demo corpus: marks a new outlet as demo (an outlet already stored keeps its mark). */
  demo?: boolean;
}

/**
 * An article read and analysed, before it is stored: what ingest prepares and the database writes as a new
 * article or version.
 */
export interface ArticleDraft {
  outlet: OutletInput;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  language: string | null;
  /** The clean body; quotation offsets point into it. */
  text: string;
  contentHash: string;
  wordCount: number;
  quotations: Quotation[];
  /** Distinct clustering terms of the body, counted once into corpus document frequencies. */
  terms: string[];
  /** A fictional article of the demo corpus (lib/demo): stored marked as demo, with its outlet and story. */
  demo: boolean;
}
