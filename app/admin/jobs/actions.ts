"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { retryDeadLetter } from "@/lib/jobs";
import { runButtonAction } from "../../_lib/action";

const idSchema = z.string().trim().min(1).max(100);

/** Queues a failed job (a dead letter) again; 401 signed out, 404 for no such job. */
export async function retryJobAction(formData: FormData): Promise<void> {
  await runButtonAction(formData.get("id"), {
    schema: idSchema,
    run: (job, actor) => retryDeadLetter(job, actor),
    done: () => revalidatePath("/admin/jobs"),
  });
}
