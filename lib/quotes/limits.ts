import { AppError } from "../errors";

/**
 * How far the attribution finder looks around a quotation. Every look is bounded, so the time spent on a quote
 * does not grow with its paragraph: a 100,000-word body or a paragraph of thousands of stray marks stays linear.
 */
export interface AttributionLimits {
  /** Characters before a quote searched for its cue ("X said that …"). Default 360. */
  maxCueLookback: number;
  /** Characters between a cue and the quote it introduces, at most. Default 260. */
  maxCueGap: number;
  /** Characters after a quote searched for a trailing cue (`"…," said X`). Default 160. */
  maxTrailerGap: number;
  /** Characters before a verb searched for its subject. Default 400. */
  maxSubjectLookback: number;
  /** Characters of a sentence after a quoted fragment read for the end of its clause. Default 600. */
  maxClauseTail: number;
}

export const DEFAULT_ATTRIBUTION_LIMITS: Readonly<AttributionLimits> = Object.freeze({
  maxCueLookback: 360,
  maxCueGap: 260,
  maxTrailerGap: 160,
  maxSubjectLookback: 400,
  maxClauseTail: 600,
});

/** The defaults, with whatever the caller set; rejects limits that are not whole numbers of at least 1. */
export function attributionLimits(overrides: Partial<AttributionLimits> = {}): AttributionLimits {
  const limits = { ...DEFAULT_ATTRIBUTION_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new AppError("INVALID_INPUT", `${name} must be a whole number of at least 1.`);
    }
  }
  return limits;
}
