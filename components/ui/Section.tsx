import type { ReactNode } from "react";
import { cx } from "./cx";

/** A titled page section with its heading wired to aria-labelledby. */
export function Section({
  id,
  title,
  description,
  actions,
  children,
  className,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={cx("space-y-4", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div className="space-y-1">
          <h2 id={headingId} className="font-serif text-2xl font-semibold">
            {title}
          </h2>
          {description ? <div className="max-w-[70ch] text-sm text-muted">{description}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2 text-sm">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
