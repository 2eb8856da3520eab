import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "ghost";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-accent-ink hover:opacity-90",
  secondary: "border border-line-strong bg-surface text-ink hover:bg-sunken",
  ghost: "text-accent underline-offset-4 hover:underline",
};

/** Class names for a button or a link styled as one. */
export function buttonClass(variant: ButtonVariant = "primary", extra?: string): string {
  return cx(base, variants[variant], extra);
}
