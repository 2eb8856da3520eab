/**
 * How precisely a publication date is known: "day" when the source gave a calendar date without a time (stored as
 * midnight UTC, shown and exported as a date), "instant" when it gave a time.
 */
export type DatePrecision = "day" | "instant";
