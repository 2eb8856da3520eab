/*
 * What a "Copy link" control asks for and what a share link stores. Plain zod schemas (no server code), so the
 * server action and the tests validate with the same rules.
 */
import { z } from "zod";

/** Record ids: opaque, but only ever letters, digits, "_" and "-". */
const id = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Not a valid id." });

/** Share slugs are 12 URL-safe characters (72 random bits); anything else is not a link we made. */
export const shareSlugSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/);

export const MAX_SHARED_COMPARE_ARTICLES = 6;

const viewOptions = z.object({ granularity: z.enum(["word", "sentence"]).optional() }).optional();

export const shareRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("story"), storyId: id, view: viewOptions }),
  z.object({
    kind: z.literal("compare"),
    storyId: id,
    articleIds: z
      .array(id)
      .min(2, { error: "Choose at least two articles to share a comparison." })
      .max(MAX_SHARED_COMPARE_ARTICLES, {
        error: `At most ${MAX_SHARED_COMPARE_ARTICLES} articles can be compared.`,
      }),
    view: viewOptions,
  }),
  z.object({ kind: z.literal("quote"), storyId: id, quoteGroupId: id, view: viewOptions }),
]);

export type ShareRequest = z.infer<typeof shareRequestSchema>;
export type ShareKind = ShareRequest["kind"];

const pinnedQuotation = z.object({
  id,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  speaker: z.string().nullable(),
  /** Absent in links made before roles were kept. */
  speakerRole: z.string().nullable().optional(),
  cue: z.string().nullable(),
});

/**
 * A link's stored selection: each article pinned at one version, with the quotations found in that version
 * (kept here because an article's quotations are re-derived when a newer version arrives), the story title
 * as the sender saw it, the quote group for a quote link, and view options.
 */
export const shareSelectionSchema = z.object({
  v: z.literal(1),
  title: z.string(),
  /** The title was an editor's, not one of the outlets' headlines (absent in links made before titles could be). */
  titleByEditor: z.boolean().optional(),
  articles: z.array(
    z.object({
      articleId: id,
      versionId: id,
      version: z.number().int().min(1),
      quotations: z.array(pinnedQuotation),
    }),
  ),
  quoteGroupKey: z.string().optional(),
  quotationIds: z.array(id).optional(),
  /** The story had more articles than a link pins: how many. */
  storyArticleCount: z.number().int().min(0),
  view: viewOptions,
});

export type ShareSelection = z.infer<typeof shareSelectionSchema>;
