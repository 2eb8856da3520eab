"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { issueApiToken, withdrawApiToken } from "@/lib/auth";
import { text } from "@/lib/forms";
import { runAction, runButtonAction } from "../../_lib/action";
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
  const name = text(formData.get("name")).slice(0, 200);
  return runAction(name, {
    name: "create token",
    schema: nameSchema,
    run: (tokenName, actor) => issueApiToken(tokenName, actor),
    fail: ({ message }) => ({ status: "error", message, name }),
    done: ({ token, secret }) => {
      revalidatePath("/admin/tokens");
      return { status: "created", name: token.name, secret };
    },
  });
}

const idSchema = z.string().trim().min(1).max(100);

/** Revokes a token: requests with it are refused from now on. 401 signed out, 404 for no such token. */
export async function revokeTokenAction(formData: FormData): Promise<void> {
  await runButtonAction(formData.get("id"), {
    schema: idSchema,
    run: (token, actor) => withdrawApiToken(token, actor),
    done: () => revalidatePath("/admin/tokens"),
  });
}
