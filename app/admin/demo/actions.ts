"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { removeDemoCorpus } from "@/lib/ingest";
import { runButtonAction } from "../../_lib/action";

/** Takes the fictional demo corpus out (audit logged), then shows the story list with what was removed. */
export async function removeDemoCorpusAction(_formData: FormData): Promise<void> {
  await runButtonAction(null, {
    schema: z.null(),
    run: (_input, actor) => removeDemoCorpus({ actor }),
    done: () => {
      revalidatePath("/", "layout");
      redirect("/?demo=removed");
    },
  });
}
