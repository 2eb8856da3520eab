"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";

/**
 * The article picker's form. Without JavaScript it is a plain GET form (?articles=a&articles=b); with it, it
 * checks the selection and navigates to the short shareable form ?articles=a,b.
 */
export function PickerForm({
  action,
  className,
  children,
}: {
  action: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      action={action}
      method="get"
      className={className}
      data-testid="article-picker"
      onSubmit={(event) => {
        event.preventDefault();
        const ids = new FormData(event.currentTarget)
          .getAll("articles")
          .filter((v): v is string => typeof v === "string" && v !== "");
        if (ids.length < 2) {
          setError("Tick at least two articles to compare.");
          return;
        }
        setError(null);
        router.push(`${action}?articles=${ids.map(encodeURIComponent).join(",")}`);
      }}
      onChange={() => setError(null)}
    >
      {children}
      <p role="alert" className="mt-3 text-sm font-semibold text-error-ink empty:hidden">
        {error}
      </p>
    </form>
  );
}
