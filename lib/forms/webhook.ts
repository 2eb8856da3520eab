import { z } from "zod";
import { text, WEB_ADDRESS } from "./fields";

export const WEBHOOK_SCOPES = ["story", "search", "all"] as const;
export const WEBHOOK_EVENT_CHOICES = ["article.added", "article.edited", "story.edited"] as const;
export const MIN_SECRET_CHARS = 16;

/**
 * The add-a-webhook form: the receiver's address, what to follow (a story, a search of the story list, or
 * everything), the events wanted and the secret deliveries are signed with.
 */
export const webhookFormSchema = z
  .object({
    url: z.preprocess(
      text,
      z
        .string()
        .trim()
        .min(1, { error: "Enter the address that receives the webhook." })
        .max(2000, { error: "The web address is too long." })
        .refine((v) => z.url(WEB_ADDRESS).safeParse(v).success, {
          error: "Enter the receiver’s full address, starting with https:// (or http://).",
        }),
    ),
    scope: z.enum(WEBHOOK_SCOPES, { error: "Choose what the webhook follows." }),
    story: z.preprocess(text, z.string().trim().max(2000, { error: "The story’s address is too long." })),
    search: z.preprocess(text, z.string().trim().max(2000, { error: "The search is too long." })),
    events: z
      .array(z.enum(WEBHOOK_EVENT_CHOICES, { error: "Choose events from the list." }))
      .min(1, { error: "Choose at least one event." }),
    secret: z.preprocess(
      text,
      z
        .string()
        .min(MIN_SECRET_CHARS, { error: `The secret needs at least ${MIN_SECRET_CHARS} characters.` })
        .max(200, { error: "The secret is limited to 200 characters." }),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "story" && !value.story)
      ctx.addIssue({ code: "custom", path: ["story"], message: "Paste the story’s address (or its id)." });
    if (value.scope === "search" && !value.search)
      ctx.addIssue({
        code: "custom",
        path: ["search"],
        message: "Paste the story list’s address with your search and filters.",
      });
  });

export type WebhookFormInput = z.infer<typeof webhookFormSchema>;
