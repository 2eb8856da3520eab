import "server-only";
import { forbidden, notFound, unauthorized } from "next/navigation";
import type { z } from "zod";
import { editingEnabled, getEditor, requireEditor, signInProblem } from "@/lib/auth";
import { isAppError, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";

/**
 * The one pipeline every server action runs (like dub's safe-action): the caller may write, the input parses,
 * the lib call runs, and any failure becomes the form state the component expects. An action file holds only
 * its schema, its call and how its form shows the outcome.
 */

/** Why an action stopped short, in the words its form shows. */
export interface ActionProblem {
  /** "refused": not signed in, editing off or over a limit; "invalid": the input failed its schema; "failed": the call raised an error. */
  kind: "refused" | "invalid" | "failed";
  message: string;
  /** What to say beside each input at fault, by the input's name (the first message for each). */
  fieldErrors: Record<string, string>;
}

export interface ActionSteps<Input, Result, State, Actor> {
  /** A refusal after the access check, e.g. a rate limit: a message, or a thrown AppError. */
  limit?: () => Promise<string | null>;
  schema: z.ZodType<Input>;
  /** The lib call; `actor` is the signed-in editor's name (null for an action open to anyone). */
  run: (input: Input, actor: Actor) => Promise<Result>;
  // State is the action's declared return type: NoInfer keeps done and fail from narrowing it to one branch.
  /** The state after success; it may revalidate and redirect (a redirect throws, outside the error mapping). */
  done: (result: Result, input: Input) => NoInfer<State>;
  fail: (problem: ActionProblem) => NoInfer<State>;
  /** What the form says when something unexpected failed; the details go to the log, never to the reader. */
  internalMessage?: string;
  /** The action's name in the log. */
  name: string;
}

const INTERNAL_MESSAGE = "Something went wrong; check the server log.";

/** The first message for each field the schema found at fault; a top-level issue counts for "". */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (!(field in fieldErrors)) fieldErrors[field] = issue.message;
  }
  return fieldErrors;
}

/** Runs an editor's form action: signed in, limit, schema, call, then its state (see ActionSteps). */
export async function runAction<Input, Result, State>(
  raw: unknown,
  steps: ActionSteps<Input, Result, State, string>,
): Promise<State> {
  const refusal = await signInProblem();
  if (refusal) return steps.fail({ kind: "refused", message: refusal, fieldErrors: {} });
  return afterAccess(raw, steps, async () => (await requireEditor()).name);
}

/** Runs a form action open to anyone (signing in, sharing a link): limit, schema, call, then its state. */
export async function runPublicAction<Input, Result, State>(
  raw: unknown,
  steps: ActionSteps<Input, Result, State, null>,
): Promise<State> {
  return afterAccess(raw, steps, async () => null);
}

async function afterAccess<Input, Result, State, Actor>(
  raw: unknown,
  steps: ActionSteps<Input, Result, State, Actor>,
  actor: () => Promise<Actor>,
): Promise<State> {
  const refused = (message: string) => steps.fail({ kind: "refused", message, fieldErrors: {} });
  if (steps.limit) {
    let refusal: string | null;
    try {
      refusal = await steps.limit();
    } catch (error) {
      if (!isAppError(error)) throw error;
      refusal = error.message;
    }
    if (refusal) return refused(refusal);
  }
  const parsed = steps.schema.safeParse(raw);
  if (!parsed.success) {
    return steps.fail({
      kind: "invalid",
      message: parsed.error.issues[0]?.message ?? "Check the form.",
      fieldErrors: fieldErrorsOf(parsed.error.issues),
    });
  }
  let result: Result;
  try {
    result = await steps.run(parsed.data, await actor());
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") {
      log("actions").error({ err: error, action: steps.name }, "server action failed");
      return steps.fail({
        kind: "failed",
        message: steps.internalMessage ?? INTERNAL_MESSAGE,
        fieldErrors: {},
      });
    }
    return steps.fail({ kind: "failed", message: appError.message, fieldErrors: { ...appError.fields } });
  }
  return steps.done(result, parsed.data);
}

/**
 * Runs a button's action (one in a list, which returns nothing): a refusal is answered with its HTTP status
 * instead of a thrown error's 500 — 403 while editing is switched off, 401 when nobody is signed in
 * (app/forbidden.tsx and app/unauthorized.tsx say what to do); input that does not parse, or a record that
 * does not exist, is answered 404.
 */
export async function runButtonAction<Input>(
  raw: unknown,
  steps: {
    schema: z.ZodType<Input>;
    run: (input: Input, actor: string) => Promise<unknown>;
    done: () => void;
  },
): Promise<void> {
  if (!editingEnabled()) forbidden();
  const editor = await getEditor();
  if (!editor) unauthorized();
  const parsed = steps.schema.safeParse(raw);
  if (!parsed.success) notFound();
  try {
    await steps.run(parsed.data, editor.name);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
  steps.done();
}
