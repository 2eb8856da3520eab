import { z } from "zod";
import { parsePublishedAt, PUBLISHED_AT_FORMAT } from "./published-at";

const isoDate = z
  .string()
  .trim()
  .refine((value) => parsePublishedAt(value) !== null, `must be ${PUBLISHED_AT_FORMAT}`);

/** An empty string, as a dataset's blank column gives, counts as absent. */
const blankAsAbsent = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

/** The fields a record may have: the schema's, named in errors and in a bulk import's --map. */
export const RECORD_FIELDS = [
  "url",
  "html",
  "text",
  "title",
  "outlet",
  "byline",
  "publishedAt",
] as const satisfies readonly (keyof ArticleRecord)[];

/**
 * One article as the API and bulk import take it: a URL to fetch, or the page itself (html or text) with the
 * URL it came from. The same shape is a JSON object, a JSONL line or a CSV row.
 */
export const articleRecordSchema = z
  .object({
    url: z.preprocess(
      blankAsAbsent,
      z
        .url({ protocol: /^https?$/, error: "url must be an http(s) URL" })
        .max(4_000)
        .optional(),
    ),
    html: z.string().optional(),
    text: z.string().optional(),
    title: optionalText(500),
    outlet: optionalText(120),
    byline: optionalText(300),
    publishedAt: z.preprocess(blankAsAbsent, isoDate.optional()),
  })
  .strict()
  .refine((r) => !(r.html !== undefined && r.text !== undefined), {
    message: "give html or text, not both",
  })
  .refine((r) => r.url !== undefined || r.html !== undefined || r.text !== undefined, {
    message: "give a url to fetch, or the article's html or text",
  });

export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** The first problem with a record, as one line ("url: url must be an http(s) URL"). */
export function describeRecordError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid record";
  if (issue.code === "unrecognized_keys")
    return `unknown field(s) ${issue.keys.join(", ")}; a record has ${RECORD_FIELDS.join(", ")}`;
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}
