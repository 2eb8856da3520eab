import type { AttributionLimits } from "./limits";

export type { Quotation } from "../domain/quotation";

export interface FindQuotationsOptions {
  /** At most this many quotations are returned (the first ones in the text). Default 500. */
  maxQuotations?: number;
  /** Longer bodies are rejected with AppError TOO_LARGE. Default 2,000,000. */
  maxInputChars?: number;
  /** How far to look around each quote for its cue and speaker (see AttributionLimits for the defaults). */
  limits?: Partial<AttributionLimits>;
  /** The body's language (ISO 639-1) when already known, so it is not detected again. */
  language?: string | null;
}

/** A character range [start, end) of a body. */
export interface CharRange {
  start: number;
  end: number;
}
