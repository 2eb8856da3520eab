"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { issueApiToken, requireEditor, signInProblem, withdrawApiToken } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { editorOrRefuse, onRecord } from "../../_lib/editor-action";
import type { TokenFormState } from "./form-state";

const nameSchema = z
  .string()
  .trim()
  .min(1, { error: "Name the token after who or what will use it." })
  .max(80, { error: "The name is limited to 80 characters." });

/** Creates a named API token; its secret is in the returned state, shown once and never stored. */
export async function createTokenAction(
  _previous: TokenFormState,
  formData: FormData,
): Promise<TokenFormState> {
  const raw = formData.get("name");
  const name = typeof raw === "string" ? raw.slice(0, 200) : "";
  const refusal = await signInProblem();
  if (refusal) return { status: "error", message: refusal, name };
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the name.", name };
  try {
    const editor = await requireEditor();
    const { token, secret } = await issueApiToken(parsed.data, editor.name);
    revalidatePath("/admin/tokens");
    return { status: "created", name: token.name, secret };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("creating a token failed", error);
    return {
      status: "error",
      message:
        appError.code === "INTERNAL" ? "Something went wrong; check the server log." : appError.message,
      name,
    };
  }
}

const idSchema = z.string().trim().min(1).max(100);

/** Revokes a token: requests with it are refused from now on. 401 signed out, 404 for no such token. */
export async function revokeTokenAction(formData: FormData): Promise<void> {
  const editor = await editorOrRefuse();
  const id = idSchema.safeParse(formData.get("id"));
  await onRecord(id.success ? id.data : null, (token) => withdrawApiToken(token, editor.name));
  revalidatePath("/admin/tokens");
}
