import type { CharRange } from "./types";
import type { QuoteSpan } from "./marks/marks";
import type { CueMatch } from "./cues/cues";
import type { ResolvedSpeaker } from "./speakers/speakers";

/** One quoted stretch of an attribution, and whether it is a whole utterance or a fragment in prose. */
export interface QuotePart {
  span: QuoteSpan;
  kind: "direct" | "partial";
  /**
   * No cue verb of its own: a quote paragraph going on after an attributed one (that attribution's speaker), or a
   * long quote its sentence's subject is taken to have said (./uncued.ts, with `cue` null).
   */
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
