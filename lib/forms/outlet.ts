import { z } from "zod";
import {
  OUTLET_FACT_KINDS,
  OUTLET_TYPES,
  readCountry,
  readDay,
  readLanguages,
  readOutletType,
  readWebAddress,
} from "@/lib/outlets";
import { text } from "./fields";

const SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}-]{1,120}$/u;

/**
 * An editor's edit of one profile fact: the value in the kind's own words (a country code, language codes, a
 * type of the scheme) with its source and the date the source gives, or `remove` to clear the fact and its source.
 */
export const outletFactFormSchema = z
  .object({
    slug: z.preprocess(text, z.string().regex(SLUG, { error: "No such outlet." })),
    kind: z.enum(OUTLET_FACT_KINDS, { error: "No such fact." }),
    remove: z.preprocess((v) => v === "1", z.boolean()),
    value: z.preprocess(text, z.string().trim().max(200, { error: "Too long." })),
    source: z.preprocess(
      text,
      z.string().trim().max(300, { error: "The source is limited to 300 characters." }),
    ),
    sourceUrl: z.preprocess(text, z.string().trim().max(2000, { error: "The address is too long." })),
    asOf: z.preprocess(text, z.string().trim()),
  })
  .transform((form, context) => {
    const problem = (path: string, message: string) => {
      context.addIssue({ code: "custom", path: [path], message });
      return z.NEVER;
    };
    if (form.remove)
      return {
        slug: form.slug,
        kind: form.kind,
        value: null,
        source: "",
        sourceUrl: null,
        asOf: new Date(0),
      };
    let value: string | null = null;
    if (form.kind === "country") value = readCountry(form.value);
    if (form.kind === "languages") value = readLanguages(form.value)?.join(" ") ?? null;
    if (form.kind === "type") value = readOutletType(form.value);
    if (!value)
      return problem(
        "value",
        form.kind === "country"
          ? "Enter a two-letter country code such as GB or FR."
          : form.kind === "languages"
            ? "Enter language codes such as “en” or “en fr”."
            : `Choose one of ${OUTLET_TYPES.join(", ")}.`,
      );
    if (!form.source) return problem("source", "Name the list or publication this comes from.");
    const sourceUrl = form.sourceUrl ? readWebAddress(form.sourceUrl) : null;
    if (form.sourceUrl && !sourceUrl)
      return problem("sourceUrl", "Enter the source’s full address, starting with http:// or https://.");
    const asOf = readDay(form.asOf);
    if (!asOf) return problem("asOf", "Enter the date the source gives, e.g. 2026-11-01.");
    return { slug: form.slug, kind: form.kind, value, source: form.source, sourceUrl, asOf };
  });

export type OutletFactFormInput = z.output<typeof outletFactFormSchema>;
