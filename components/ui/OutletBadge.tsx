import { cx } from "./cx";
import { outletSwatchIndex } from "./swatches";

/**
 * An outlet's name with its colour swatch. The colour helps the eye follow one outlet across columns and panels;
 * it is decoration only (the name is always written out) and a class, not an inline style, so a strict
 * style-src CSP holds.
 */
export function OutletBadge({
  name,
  size = "sm",
  swatch,
  className,
}: {
  name: string;
  size?: "sm" | "md";
  /** The page's colour for this outlet (assignSwatches); defaults to its stable colour. */
  swatch?: number;
  className?: string;
}) {
  return (
    <span
      className={cx(
        "inline-flex max-w-full min-w-0 items-center gap-1.5 font-semibold text-ink",
        size === "sm" ? "text-xs tracking-wide uppercase" : "text-sm",
        className,
      )}
    >
      <span
        aria-hidden="true"
        className={`swatch-${swatch ?? outletSwatchIndex(name)} inline-block size-2.5 shrink-0 rounded-full`}
      />
      <span className="truncate" dir="auto">
        {name}
      </span>
    </span>
  );
}
