/**
 * The domain's vocabulary: the plain shapes that several stages share (a quotation, an article draft, a story
 * assignment), declared once here. Types only; imports nothing.
 */
export type { Quotation } from "./quotation";
export type { DatePrecision } from "./date-precision";
