"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { safeNextPath, type SignInFormState } from "./form-state";

const text = (value: unknown) => (typeof value === "string" ? value : "");

const signInSchema = z.object({
  password: z.preprocess(
    text,
    z
      .string()
      .min(1, { error: "Enter the editor password." })
      .max(200, { error: "That password is too long." }),
  ),
  name: z.preprocess(text, z.string().trim().max(60, { error: "Your name is limited to 60 characters." })),
});

/** Signs an editor in with the configured password; on success goes back to where they came from. */
export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const name = text(formData.get("name")).slice(0, 60);
  const parsed = signInSchema.safeParse({ password: formData.get("password"), name: formData.get("name") });
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form.", name };
  try {
    await signIn(parsed.data.password, parsed.data.name);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("sign-in failed", error);
    return {
      status: "error",
      message:
        appError.code === "INTERNAL" ? "Something went wrong; check the server log." : appError.message,
      name,
    };
  }
  revalidatePath("/", "layout");
  redirect(safeNextPath(formData.get("next")));
}

/** Ends the session (harmless when there is none). */
export async function signOutAction(): Promise<void> {
  await signOut();
  revalidatePath("/", "layout");
  redirect("/");
}
