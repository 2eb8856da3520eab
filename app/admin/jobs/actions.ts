"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { retryDeadLetter } from "@/lib/jobs";
import { editorOrRefuse, onRecord } from "../../_lib/editor-action";

const idSchema = z.string().trim().min(1).max(100);

/** Queues a failed job (a dead letter) again; 401 signed out, 404 for no such job. */
export async function retryJobAction(formData: FormData): Promise<void> {
  const editor = await editorOrRefuse();
  const id = idSchema.safeParse(formData.get("id"));
  await onRecord(id.success ? id.data : null, (job) => retryDeadLetter(job, editor.name));
  revalidatePath("/admin/jobs");
}
