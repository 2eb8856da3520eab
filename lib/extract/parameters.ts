/**
 * The tunables of choosing the article among a page's paragraphs (see body.ts): how much each kind of line
 * argues for or against being inside the article. Tuned on the development pages (Zyte and WCXB); `npm run
 * eval:extract -- --folds K` chooses them from a small grid on K−1 folds of sites and scores the held-out
 * fold, so a value that only suits the pages it was chosen on shows up there.
 */
export interface BodyParameters {
  /** Share of a paragraph's text inside links from which it reads as a teaser or link list, not prose. */
  teaserLinkDensity: number;
  /**
   * Weight of an end marker ("Related articles", "Topics:"). In copied page text it starts the page's trailer
   * and only a long stretch of prose after it may bridge it. Inside Readability's container the same words
   * usually head an inline box of links, and the article resumes after it.
   */
  endMarkerWeightText: number;
  endMarkerWeightHtml: number;
  /** Author-and-date lines of teaser cards and comments: each card needs a long excerpt to look like the body. */
  cardMetaWeight: number;
  /** A byline or date line inside the run. */
  bylineWeight: number;
  /** A <p> of this many words is a paragraph even without a final full stop (sloppy CMS text). */
  unpunctuatedParagraphWords: number;
}

export const BODY_PARAMETERS: Readonly<BodyParameters> = {
  teaserLinkDensity: 0.6,
  endMarkerWeightText: -400,
  endMarkerWeightHtml: -60,
  cardMetaWeight: -150,
  bylineWeight: -30,
  unpunctuatedParagraphWords: 12,
};

/** The committed parameters with some replaced (a tuning run's candidate). */
export function bodyParameters(overrides: Partial<BodyParameters> = {}): BodyParameters {
  return { ...BODY_PARAMETERS, ...overrides };
}
