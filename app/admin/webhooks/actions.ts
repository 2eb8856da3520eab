"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { text, webhookFormSchema } from "@/lib/forms";
import { publicOrigin } from "@/lib/public-url";
import { addWebhook, removeWebhook } from "@/lib/webhooks";
import { runAction, runButtonAction } from "../../_lib/action";
import { idSchema } from "../../_lib/params";
import type { WebhookFormState } from "./form-state";

/**
 * Adds a webhook from the form (audit logged). A receiver on a private address, a bad search or an unknown story
 * is refused beside its field, and nothing is stored.
 */
export async function addWebhookAction(
  _previous: WebhookFormState,
  formData: FormData,
): Promise<WebhookFormState> {
  const values = {
    url: text(formData.get("url")).slice(0, 2100),
    scope: text(formData.get("scope")).slice(0, 20),
    story: text(formData.get("story")).slice(0, 2100),
    search: text(formData.get("search")).slice(0, 2100),
    events: formData
      .getAll("events")
      .map(text)
      .slice(0, 10)
      .map((event) => event.slice(0, 40)),
    secret: text(formData.get("secret")).slice(0, 300),
  };
  const origin = publicOrigin(await headers()) ?? "";
  return runAction(values, {
    name: "add webhook",
    schema: webhookFormSchema,
    run: (input, actor) => addWebhook(input, { actor, origin }),
    fail: ({ message, fieldErrors }) => ({ status: "error", message, fieldErrors, values }),
    done: () => {
      revalidatePath("/admin/webhooks");
      return { status: "added", url: values.url, values: { ...values, url: "", secret: "" } };
    },
  });
}

const removeSchema = z.object({ id: idSchema });

/** Removes a webhook (a button on its card): 401 signed out, 403 with editing off, 404 for no such webhook. */
export async function removeWebhookAction(formData: FormData): Promise<void> {
  await runButtonAction(
    { id: formData.get("id") },
    {
      schema: removeSchema,
      run: (input, actor) => removeWebhook(input.id, actor),
      done: () => revalidatePath("/admin/webhooks"),
    },
  );
  redirect("/admin/webhooks?removed=1");
}
