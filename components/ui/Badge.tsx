import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "accent" | "warn" | "ok" | "del" | "ins";

const tones: Record<BadgeTone, string> = {
  neutral: "border-line bg-sunken text-ink",
  accent: "border-transparent bg-accent-soft text-ink",
  warn: "border-warn-line bg-warn-bg text-warn-ink",
  ok: "border-ok-line bg-ok-bg text-ok-ink",
  del: "border-transparent bg-del-bg text-del-ink",
  ins: "border-transparent bg-ins-bg text-ins-ink",
};

export function Badge({
  tone = "neutral",
  children,
  className,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
  title?: string;
}) {
  return (
    <span
      title={title}
      className={cx(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium leading-5",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
