import { z } from "zod";
import { text, WEB_ADDRESS } from "./fields";

/** The add-a-feed form: the feed's address, an optional outlet name and how often to check, in minutes. */
export const feedFormSchema = z.object({
  url: z.preprocess(
    text,
    z
      .string()
      .trim()
      .min(1, { error: "Enter the feed’s web address." })
      .max(2000, { error: "The web address is too long." })
      .refine((v) => z.url(WEB_ADDRESS).safeParse(v).success, {
        error: "Enter the full address of the feed, starting with http:// or https://.",
      }),
  ),
  outlet: z.preprocess(
    text,
    z.string().trim().max(120, { error: "The outlet name is limited to 120 characters." }),
  ),
  interval: z.preprocess(
    text,
    z.coerce
      .number({ error: "Choose how often to check the feed." })
      .int()
      .min(5, { error: "Check at most every 5 minutes." })
      .max(10_080, { error: "Check at least once a week." }),
  ),
});
