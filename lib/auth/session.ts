import "server-only";
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { createEditorSession, deleteEditorSession, getDb, isEditorSessionOpen } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/ratelimit";
import { cleanLabel } from "@/lib/text";
import { passwordMatches } from "./password";
import { SignInLimits } from "./sign-in-limits";
import {
  decodeSession,
  encodeSession,
  sessionKey,
  SESSION_TTL_SECONDS,
  type EditorSession,
} from "./session-token";

export const SESSION_COOKIE = "parallax_session";
export const SIGN_IN_REQUIRED = "Sign in as an editor to do this.";
export const EDITING_OFF =
  "Editing is switched off on this server: set PARALLAX_EDITOR_PASSWORD to let editors sign in.";

/** Wrong passwords per client, and an attack from many clients at once (sign-in-limits.ts). */
const signInLimits = new SignInLimits();

/** Whether editors can sign in at all (a password is configured). */
export function editingEnabled(): boolean {
  return env.PARALLAX_EDITOR_PASSWORD !== undefined;
}

function currentKey(): Buffer | null {
  const password = env.PARALLAX_EDITOR_PASSWORD;
  return password ? sessionKey({ password, secret: env.PARALLAX_SESSION_SECRET }) : null;
}

/** The session the request's cookie carries, checked (signature, expiry) but not yet against the database. */
async function cookieSession(): Promise<EditorSession | null> {
  const key = currentKey();
  if (!key) return null;
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value ? decodeSession(value, key, Math.floor(Date.now() / 1000)) : null;
}

/**
 * The signed-in editor of this request, or null (also when editing is off, the cookie is forged or stale, or
 * its session was ended by signing out).
 */
export async function getEditor(): Promise<EditorSession | null> {
  const session = await cookieSession();
  if (!session) return null;
  return (await isEditorSessionOpen(await getDb(), session.sessionId, new Date())) ? session : null;
}

/** The signed-in editor, or an UNAUTHORIZED AppError: the first line of every write action. */
export async function requireEditor(): Promise<EditorSession> {
  const editor = await getEditor();
  if (!editor) throw new AppError("UNAUTHORIZED", editingEnabled() ? SIGN_IN_REQUIRED : EDITING_OFF);
  return editor;
}

/** Why this request may not write (not signed in, or editing off), or null when an editor is signed in. */
export async function signInProblem(): Promise<string | null> {
  if (!editingEnabled()) return EDITING_OFF;
  return (await getEditor()) ? null : SIGN_IN_REQUIRED;
}

async function requestFacts(): Promise<{ client: string; https: boolean }> {
  const h = await headers();
  const client = clientIp(h, env.PARALLAX_TRUSTED_PROXIES);
  const proto = (h.get("x-forwarded-proto") ?? "").split(",")[0]?.trim();
  const https = proto === "https" || (h.get("origin") ?? "").startsWith("https://");
  return { client, https };
}

/**
 * Checks the password (constant time, at most five failures per client per 15 minutes, one while many clients
 * fail at once; a client that has not failed is never refused) and sets the signed, httpOnly, SameSite=Lax
 * session cookie (Secure over https). Throws an AppError with the reason otherwise.
 */
export async function signIn(password: string, name: string): Promise<EditorSession> {
  const configured = env.PARALLAX_EDITOR_PASSWORD;
  const key = currentKey();
  if (!configured || !key) throw new AppError("UNAVAILABLE", EDITING_OFF);
  const { client, https } = await requestFacts();
  const now = Date.now();
  const wait = signInLimits.retryAfterMs(client, now);
  if (wait > 0)
    throw new AppError(
      "RATE_LIMITED",
      `Too many wrong passwords. Try again in ${Math.ceil(wait / 60_000)} minute${wait > 60_000 ? "s" : ""}.`,
      { retryAfterSeconds: Math.ceil(wait / 1000) },
    );
  if (!passwordMatches(password, configured)) {
    signInLimits.recordFailure(client, now);
    throw new AppError("UNAUTHORIZED", "That password is not right.");
  }
  signInLimits.recordSuccess(client);
  const issuedAt = Math.floor(now / 1000);
  const session: EditorSession = {
    sessionId: randomBytes(18).toString("base64url"),
    name: cleanLabel(name) || "editor",
    issuedAt,
    expiresAt: issuedAt + SESSION_TTL_SECONDS,
  };
  await createEditorSession(
    await getDb(),
    { id: session.sessionId, name: session.name, expiresAt: new Date(session.expiresAt * 1000) },
    new Date(now),
  );
  (await cookies()).set(SESSION_COOKIE, encodeSession(session, key), {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
  });
  return session;
}

/** Ends the request's session (its cookie is refused from now on, wherever it was copied) and drops the cookie. */
export async function signOut(): Promise<void> {
  const session = await cookieSession();
  if (session) await deleteEditorSession(await getDb(), session.sessionId);
  (await cookies()).delete(SESSION_COOKIE);
}
