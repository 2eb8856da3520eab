import type { CharRange } from "./types";
import type { QuoteSpan } from "./marks/marks";
import type { CueMatch } from "./cues/cues";
import type { ResolvedSpeaker } from "./speakers/speakers";

/** One quoted stretch of an attribution, and whether it is a whole utterance or a fragment in prose. */
export interface QuotePart {
  span: QuoteSpan;
  kind: "direct" | "partial";
  /** A quote paragraph going on after an attributed one: the attribution's speaker, but no cue verb of its own. */
  uncued?: boolean;
}

/**
 * Something the text says a speaker said: one cue with its speaker, and every quoted stretch it covers
 * (`"We are," he said, "an enemy"` is one attribution with two parts). `content` is the attributed stretch of
 * the body as an annotator would mark it: the quotes with any prose of the speaker's clause between and around.
 */
export interface Attribution {
  parts: QuotePart[];
  content: CharRange;
  speaker: ResolvedSpeaker | null;
  cue: CueMatch | null;
}
