export { findQuotations } from "./find-quotations";
export { findAttributions, type Attribution, type QuotePart } from "./attributions";
export type { Quotation, FindQuotationsOptions, CharRange } from "./types";
export { DEFAULT_ATTRIBUTION_LIMITS, type AttributionLimits } from "./limits";
export { spanModel } from "./languages/span-model";
export { uncuedModel } from "./uncued-model";
