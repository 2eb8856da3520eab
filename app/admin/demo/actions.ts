"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth";
import { removeDemoCorpus } from "@/lib/ingest";

/** Takes the fictional demo corpus out (audit logged), then shows the story list with what was removed. */
export async function removeDemoCorpusAction(_formData: FormData): Promise<void> {
  const editor = await requireEditor();
  await removeDemoCorpus({ actor: editor.name });
  revalidatePath("/", "layout");
  redirect("/?demo=removed");
}
