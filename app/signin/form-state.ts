export type SignInFormState = { status: "idle" } | { status: "error"; message: string; name: string };

export const initialSignInState: SignInFormState = { status: "idle" };

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\"))
    return "/";
  return value.slice(0, 500);
}
