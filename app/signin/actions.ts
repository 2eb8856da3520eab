"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { text } from "@/lib/forms";
import { runPublicAction } from "../_lib/action";
import { safeNextPath, type SignInFormState } from "./form-state";

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
  return runPublicAction(
    { password: formData.get("password"), name: formData.get("name") },
    {
      name: "sign in",
      schema: signInSchema,
      run: (input) => signIn(input.password, input.name),
      fail: ({ message }) => ({ status: "error", message, name }),
      done: () => {
        revalidatePath("/", "layout");
        redirect(safeNextPath(formData.get("next")));
      },
    },
  );
}

/** Ends the session (harmless when there is none). */
export async function signOutAction(): Promise<void> {
  await signOut();
  revalidatePath("/", "layout");
  redirect("/");
}
