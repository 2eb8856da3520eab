"use client";

import { useActionState, useId } from "react";
import { createTokenAction } from "@/app/admin/tokens/actions";
import { initialTokenFormState } from "@/app/admin/tokens/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

/** Names a new API token and shows its secret once. */
export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, initialTokenFormState);
  const uid = useId();
  const nameId = `${uid}-name`;
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form
      action={action}
      className="space-y-5 rounded-xl border border-line bg-surface p-4 sm:p-6"
      noValidate
    >
      <h2 className="font-serif text-xl font-semibold">Create a token</h2>
      <div aria-live="polite">
        {state.status === "created" ? (
          <Notice tone="ok" title={`Token “${state.name}” created`}>
            <p>Copy it now: it is shown only this once, and Parallax keeps only a hash of it.</p>
            <code
              className="mt-2 block rounded bg-sunken px-2 py-1 font-mono text-sm break-all select-all"
              data-testid="token-secret"
            >
              {state.secret}
            </code>
          </Notice>
        ) : null}
      </div>
      <Field id={nameId} label="Name" hint="Who or what will use it, e.g. “Newsroom CMS”." error={error}>
        <input
          id={nameId}
          name="name"
          type="text"
          required
          maxLength={80}
          defaultValue={state.status === "error" ? state.name : ""}
          key={`name-${state.status}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(nameId, true, Boolean(error))}
          className={cx(inputClass, "border-line-strong")}
        />
      </Field>
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
