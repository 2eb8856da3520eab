import type { InputHTMLAttributes, ReactNode } from "react";
import { Field, describedBy, inputClass } from "./Field";
import { cx } from "./cx";

/**
 * A labelled one-line text input with its hint and error (Field), wired for screen readers: `aria-invalid` and
 * `aria-describedby` follow the error. Other input attributes pass through.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  className,
  ...input
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        className={cx(inputClass, "border-line-strong", className)}
      />
    </Field>
  );
}
