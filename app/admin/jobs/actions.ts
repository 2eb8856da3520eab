"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireEditor } from "@/lib/auth";
import { retryDeadLetter } from "@/lib/jobs";

const idSchema = z.string().trim().min(1).max(100);

/** Queues a failed job (a dead letter) again. */
export async function retryJobAction(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const id = idSchema.parse(formData.get("id"));
  await retryDeadLetter(id, editor.name);
  revalidatePath("/admin/jobs");
}
