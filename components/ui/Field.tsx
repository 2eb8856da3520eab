import type { ReactNode } from "react";

/** A text input's look; aria-invalid turns its border to the error colour. */
export const inputClass =
  "block w-full rounded-md border bg-surface px-3 py-2 text-base text-ink placeholder:text-muted aria-invalid:border-error-ink aria-invalid:ring-1 aria-invalid:ring-error-ink sm:text-sm";

/** A labelled form control with its hint and error, wired for screen readers by id. */
export function Field({
  id,
  label,
  hint,
  error,
  optional = false,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label} {optional ? <span className="font-normal text-muted">(optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-error-ink">
          <span aria-hidden="true">× </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The aria-describedby value for a control with an optional hint and error. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}
