"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { createShareLinkAction } from "@/app/s/actions";
import { buttonClass, type ButtonVariant } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { ShareRequest } from "@/lib/views/share-request";

type Status =
  | { state: "idle" }
  | { state: "copied"; url: string }
  | { state: "manual"; url: string }
  | { state: "error"; message: string };

/**
 * "Copy link": makes a short permalink that pins what this page shows, copies it to the clipboard, and shows
 * it in a field. Where the clipboard is unavailable (insecure origin, permission denied) the field is
 * selected so the reader can copy it by hand.
 */
export function CopyLinkButton({
  request,
  label = "Copy link",
  what,
  variant = "secondary",
  className,
}: {
  request: ShareRequest;
  label?: string;
  /** What the link shows, for screen readers: "this story", "quotation 3". */
  what: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const [pending, startTransition] = useTransition();
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  function copy() {
    startTransition(async () => {
      const result = await createShareLinkAction(request).catch(() => ({
        ok: false as const,
        message: "The link could not be made: the server did not answer.",
      }));
      if (!result.ok) {
        setStatus({ state: "error", message: result.message });
        return;
      }
      const url = result.url ?? new URL(result.path, window.location.origin).toString();
      try {
        if (!navigator.clipboard) throw new Error("no clipboard");
        await navigator.clipboard.writeText(url);
        setStatus({ state: "copied", url });
      } catch {
        setStatus({ state: "manual", url });
      }
    });
  }

  // Once the field is on screen, focus and select it so Ctrl+C / long-press copies the link.
  useEffect(() => {
    if (status.state !== "manual") return;
    field.current?.focus();
    field.current?.select();
  }, [status]);

  const url = status.state === "copied" || status.state === "manual" ? status.url : null;
  return (
    <div className={cx("flex flex-col items-start gap-1.5", className)} data-testid="share">
      <button
        type="button"
        onClick={copy}
        disabled={pending}
        className={buttonClass(variant, "px-3 py-1.5")}
        data-testid="copy-link"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8" />
        </svg>
        {pending ? "Making link…" : label}
        <span className="sr-only"> to {what}</span>
      </button>
      {url ? (
        <div className="flex w-full max-w-sm flex-col gap-1">
          <label htmlFor={fieldId} className="text-xs text-muted">
            {status.state === "copied" ? "Link copied. It shows what you see now:" : "Copy this link:"}
          </label>
          <input
            id={fieldId}
            ref={field}
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-line-strong bg-surface px-2 py-1 font-mono text-xs"
            data-testid="share-url"
          />
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="text-xs">
        {status.state === "copied" ? (
          <span className="text-ok-ink">✓ Copied to the clipboard</span>
        ) : status.state === "manual" ? (
          <span className="text-muted">Your browser did not allow copying: the link is selected above.</span>
        ) : status.state === "error" ? (
          <span className="text-error-ink">{status.message}</span>
        ) : null}
      </p>
    </div>
  );
}
