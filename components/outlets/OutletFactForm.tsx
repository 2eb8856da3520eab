"use client";

import { useActionState, useId } from "react";
import { editOutletFactAction } from "@/app/outlets/[slug]/actions";
import type { OutletFactFormState, OutletFactFormValues } from "@/app/outlets/[slug]/form-state";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Field, describedBy, inputClass } from "@/components/ui/Field";

/** An editor's form for one profile fact: its value, the source that gives it and the source's date. */
export function OutletFactForm({
  slug,
  kind,
  label,
  hint,
  current,
  choices,
}: {
  slug: string;
  kind: "country" | "languages" | "type";
  label: string;
  hint: string;
  current: OutletFactFormValues;
  /** For a fact from a fixed list (the type): its values and labels. */
  choices?: { value: string; label: string }[];
}) {
  const initial: OutletFactFormState = { status: "idle", values: current };
  const [state, formAction, pending] = useActionState(editOutletFactAction, initial);
  const uid = useId();
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.values;
  const id = (field: string) => `${uid}-${field}`;
  const control = (field: keyof OutletFactFormValues) => ({
    id: id(field),
    name: field,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(id(field), field === "value", Boolean(errors[field])),
    className: cx(inputClass, "border-line-strong"),
  });
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid={`outlet-fact-form-${kind}`}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="kind" value={kind} />
      {state.status === "error" ? (
        <Notice tone="error" title="Not saved">
          {state.message}
        </Notice>
      ) : null}
      {state.status === "saved" ? (
        <Notice tone="ok" title="Saved">
          {state.removed
            ? `The ${label.toLowerCase()} and its source were removed.`
            : `The ${label.toLowerCase()} was saved with its source.`}
        </Notice>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("value")} label={label} hint={hint} error={errors.value}>
          {choices ? (
            <select {...control("value")} defaultValue={values.value} key={`v-${values.value}`}>
              <option value="">Choose…</option>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              {...control("value")}
              type="text"
              maxLength={200}
              defaultValue={values.value}
              key={`v-${values.value}`}
            />
          )}
        </Field>
        <Field id={id("asOf")} label="As of" error={errors.asOf}>
          <input {...control("asOf")} type="date" defaultValue={values.asOf} key={`d-${values.asOf}`} />
        </Field>
        <Field id={id("source")} label="Source" error={errors.source}>
          <input
            {...control("source")}
            type="text"
            maxLength={300}
            placeholder="The list or publication, e.g. Media Ownership Monitor 2024"
            defaultValue={values.source}
            key={`s-${values.source}`}
          />
        </Field>
        <Field id={id("sourceUrl")} label="Source address" optional error={errors.sourceUrl}>
          <input
            {...control("sourceUrl")}
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={values.sourceUrl}
            key={`u-${values.sourceUrl}`}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? "Saving…" : `Save ${label.toLowerCase()}`}
        </button>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="remove" value="1" className="size-4 accent-accent" />
          Remove this fact and its source
        </label>
      </div>
    </form>
  );
}
