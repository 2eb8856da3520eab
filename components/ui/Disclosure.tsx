import type { ReactNode } from "react";
import { cx } from "./cx";

/**
 * A native <details> with a visible, keyboard-operable summary ("Quoted by one outlet only (37)"): long lists
 * stay one line tall until a reader opens them. OpenHashTarget opens it when a link points inside.
 */
export function Disclosure({
  summary,
  children,
  className,
  testId,
  open = false,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
  open?: boolean;
}) {
  return (
    <details className={cx("group", className)} data-testid={testId} open={open || undefined}>
      <summary className="inline-flex max-w-full cursor-pointer list-none items-baseline gap-2 rounded-md py-1 font-semibold text-accent hover:underline [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="min-w-0">{summary}</span>
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
