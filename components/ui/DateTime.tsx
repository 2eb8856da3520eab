import { formatDate, formatDateTime } from "./format";

/** A UTC timestamp in a <time> element; `fallback` when missing. Deterministic, so safe on server and client. */
export function DateTime({
  iso,
  withTime = true,
  fallback = "Date unknown",
  className,
}: {
  iso: string | null | undefined;
  withTime?: boolean;
  fallback?: string;
  className?: string;
}) {
  const text = withTime ? formatDateTime(iso) : formatDate(iso);
  if (!text || !iso) return <span className={className}>{fallback}</span>;
  return (
    <time dateTime={iso} className={className} title={formatDateTime(iso) ?? undefined}>
      {text}
    </time>
  );
}
