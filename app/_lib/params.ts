import { z } from "zod";

/** Record ids in URLs: opaque, but only ever letters, digits, "_" and "-". Anything else is a 404. */
export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter that may repeat. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export const storyListSearchSchema = z.object({
  q: z
    .preprocess(first, z.string().trim().max(200).optional().catch(undefined))
    .transform((q) => (q ? q : undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});

/** `?articles=a,b,c` or `?articles=a&articles=b` (what the picker's checkboxes submit); invalid ids dropped. */
export const compareSearchSchema = z.object({
  articles: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => {
      if (value === undefined) return undefined;
      const ids = (Array.isArray(value) ? value : [value])
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter((v) => idSchema.safeParse(v).success);
      return [...new Set(ids)];
    }),
  added: z.preprocess(first, idSchema.optional().catch(undefined)),
});

export const storySearchSchema = z.object({
  added: z.preprocess(first, idSchema.optional().catch(undefined)),
});

export function parseId(value: unknown): string | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const versionNumber = z.preprocess(
  first,
  z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
);

/** `?from=1&to=3` on the version diff page; anything unreadable falls back to the default pair. */
export const changesSearchSchema = z.object({ from: versionNumber, to: versionNumber });

/** A day in an archive address: YYYY-MM-DD that is a day of the calendar (not 2026-02-31), years 1970–9999. */
export const archiveDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return time >= 0 && new Date(time).toISOString().slice(0, 10) === value;
  });

/** An outlet's slug in a URL (percent-encoded when it holds letters outside ASCII); anything else is a 404. */
export const outletSlugSchema = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  },
  z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}-]+$/u),
);
