export type SignInFormState = { status: "idle" } | { status: "error"; message: string; name: string };

export const initialSignInState: SignInFormState = { status: "idle" };

const HERE = "http://parallax.invalid";

/**
 * Where to go after signing in: only a path on this site, never another origin. The value is resolved the way
 * a browser resolves a Location header (which drops tabs and newlines and reads "\\" as "/", so "/\t/host"
 * means "//host"), and only a same-origin result that is not itself protocol-relative is kept, re-serialised so
 * no control character reaches the header.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 500) return "/";
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin !== HERE || !path.startsWith("/") || path.startsWith("//") ? "/" : path;
}
