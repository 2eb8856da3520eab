"use client";

import { useActionState, useId } from "react";
import { signInAction } from "@/app/signin/actions";
import { initialSignInState } from "@/app/signin/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

/** The editor password form; `next` is where to go once signed in. */
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signInAction, initialSignInState);
  const uid = useId();
  const ids = { name: `${uid}-name`, password: `${uid}-password` };
  return (
    <form action={action} className="space-y-5 rounded-xl border border-line bg-surface p-4 sm:p-6">
      <input type="hidden" name="next" value={next} />
      <div aria-live="polite">
        {state.status === "error" ? (
          <Notice tone="error" title="Not signed in">
            <span data-testid="signin-error">{state.message}</span>
          </Notice>
        ) : null}
      </div>
      <Field id={ids.name} label="Your name" optional hint="Shown in the audit log beside what you change.">
        <input
          id={ids.name}
          name="name"
          type="text"
          maxLength={60}
          autoComplete="name"
          defaultValue={state.status === "error" ? state.name : ""}
          aria-describedby={describedBy(ids.name, true, false)}
          className={cx(inputClass, "border-line-strong")}
        />
      </Field>
      <Field id={ids.password} label="Editor password">
        <input
          id={ids.password}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          className={cx(inputClass, "border-line-strong")}
        />
      </Field>
      <button type="submit" className={buttonClass("primary")} disabled={pending} data-testid="signin-submit">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
