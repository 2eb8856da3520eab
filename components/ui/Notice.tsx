import type { ReactNode } from "react";
import { cx } from "./cx";

export type NoticeTone = "info" | "warn" | "error" | "ok";

const tones: Record<NoticeTone, string> = {
  info: "border-line bg-surface text-ink",
  warn: "border-warn-line bg-warn-bg text-warn-ink",
  error: "border-error-line bg-error-bg text-error-ink",
  ok: "border-ok-line bg-ok-bg text-ok-ink",
};

const icons: Record<NoticeTone, string> = { info: "i", warn: "!", error: "×", ok: "✓" };

/**
 * A boxed message. Errors are announced as alerts, the rest politely. The icon is decoration; `title` (or the
 * text itself) carries the meaning.
 */
export function Notice({
  tone = "info",
  title,
  children,
  className,
  live = false,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Announce to screen readers when it appears (status/alert role). */
  live?: boolean;
}) {
  const role = live ? (tone === "error" ? "alert" : "status") : undefined;
  return (
    <div role={role} className={cx("flex gap-3 rounded-lg border px-4 py-3 text-sm", tones[tone], className)}>
      <span
        aria-hidden="true"
        className="mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full border border-current text-xs font-bold"
      >
        {icons[tone]}
      </span>
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="[&_a]:font-semibold [&_a]:underline">{children}</div> : null}
      </div>
    </div>
  );
}
