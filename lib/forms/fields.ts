/** A form field's value as text: a missing field or an uploaded file reads as "" (FormData.get gives either). */
export const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** A web address a form accepts: http or https only. */
export const WEB_ADDRESS = { protocol: /^https?$/ } as const;
