"use server";

import { revalidatePath } from "next/cache";
import { outletFactFormSchema, text } from "@/lib/forms";
import { editOutletFact } from "@/lib/ingest";
import { runAction } from "../../_lib/action";
import type { OutletFactFormState, OutletFactFormValues } from "./form-state";

/** Sets or removes one fact of an outlet's profile with its source and date; audited (outlet.fact). */
export async function editOutletFactAction(
  _previous: OutletFactFormState,
  formData: FormData,
): Promise<OutletFactFormState> {
  const values: OutletFactFormValues = {
    value: text(formData.get("value")).slice(0, 200),
    source: text(formData.get("source")).slice(0, 300),
    sourceUrl: text(formData.get("sourceUrl")).slice(0, 2000),
    asOf: text(formData.get("asOf")).slice(0, 10),
  };
  const slug = text(formData.get("slug"));
  return runAction(
    {
      slug,
      kind: formData.get("kind"),
      remove: formData.get("remove"),
      ...values,
    },
    {
      name: "edit outlet fact",
      schema: outletFactFormSchema,
      run: (input, actor) => editOutletFact({ ...input, actor }),
      fail: ({ message, fieldErrors }) => ({
        status: "error",
        message,
        fieldErrors: fieldErrors as Partial<Record<keyof OutletFactFormValues, string>>,
        values,
      }),
      done: (_result, input) => {
        revalidatePath(`/outlets/${input.slug}`);
        revalidatePath("/", "layout");
        return { status: "saved", kind: input.kind, removed: input.value === null, values };
      },
    },
  );
}
