import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Previous/next links for a keyset-paged list: each carries the cursor of the page boundary it continues from. */
export function CursorPagination({
  prevHref,
  nextHref,
  summary,
  prevLabel = "Previous",
  nextLabel = "Next",
}: {
  prevHref: string | null;
  nextHref: string | null;
  summary: string;
  prevLabel?: string;
  nextLabel?: string;
}) {
  if (!prevHref && !nextHref) return null;
  const disabled = buttonClass("secondary", "pointer-events-none opacity-50");
  return (
    <nav
      aria-label="Pagination"
      className="flex items-center justify-between gap-4 border-t border-line pt-6"
    >
      {prevHref ? (
        <Link href={prevHref} rel="prev" className={buttonClass("secondary")} data-testid="page-prev">
          <span aria-hidden="true">←</span> {prevLabel}
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <span aria-hidden="true">←</span> {prevLabel}
        </span>
      )}
      <p className="text-center text-sm text-muted">{summary}</p>
      {nextHref ? (
        <Link href={nextHref} rel="next" className={buttonClass("secondary")} data-testid="page-next">
          {nextLabel} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          {nextLabel} <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
