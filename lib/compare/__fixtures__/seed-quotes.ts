import type { QuoteInput } from "../quotes/quote-match";
import { JOE_BODY, OTHER_BODY } from "./seed-articles";

export const JOE_ID = "article-joe";
export const OTHER_ID = "article-002";

/** A quote located in a body by its exact text, as a quotation extractor would hand it over. */
function quoteIn(
  articleId: string,
  outlet: string,
  publishedAt: string | null,
  body: string,
  id: string,
  text: string,
  speaker: string | null,
): QuoteInput {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`fixture quote not found in ${articleId}: ${text}`);
  return { id, articleId, outlet, publishedAt, text, start, end: start + text.length, speaker };
}

const joe = (id: string, text: string, speaker: string | null): QuoteInput =>
  quoteIn(JOE_ID, "JOE", "2025-09-05T10:00:00Z", JOE_BODY, id, text, speaker);
const other = (id: string, text: string, speaker: string | null): QuoteInput =>
  quoteIn(OTHER_ID, "Other outlet", null, OTHER_BODY, id, text, speaker);

export const JOE_PUTIN_QUOTE =
  "If any troops appear there, especially now, during military operations, we proceed from the fact that these will be legitimate targets for their destruction.";
export const OTHER_PUTIN_QUOTE =
  "So, if troops appear there, especially now, during military operations, we proceed from the fact that these will be legitimate targets for defeat.";
export const OTHER_PUTIN_CONTINGENTS =
  "Regarding possible military contingents in Ukraine, this is one of the root causes [of] trying to involve Ukraine in NATO";
export const PESKOV_TURNING_BACK = "We're turning back to the main reason of the conflict";

/** Every quotation of the two seed articles, scare quotes included, as an extractor might find them. */
export const SEED_QUOTES: QuoteInput[] = [
  joe("joe-1", "legitimate", null),
  joe("joe-2", JOE_PUTIN_QUOTE, "Putin"),
  other("002-1", "legitimate", null),
  other("002-2", "key demands", null),
  other("002-3", "by land, sea or air", null),
  other("002-4", "legitimate targets", "Putin"),
  other("002-5", OTHER_PUTIN_CONTINGENTS, "Putin"),
  other("002-6", OTHER_PUTIN_QUOTE, "Putin"),
  other("002-7", "considered a danger to Russia", "Dmitry Peskov"),
  other("002-8", PESKOV_TURNING_BACK, "Peskov"),
  other("002-9", "We are an enemy of NATO, we cannot afford that.", "Peskov"),
  other("002-10", "valuables of the British crown", "Dmitry Medvedev"),
  other(
    "002-11",
    "Looks like we’ve lost India and Russia to deepest, darkest, China. May they have a long and prosperous future together!",
    "Trump",
  ),
];
