import { cx } from "./cx";

/** A grey placeholder block for loading states; hidden from assistive tech (the wrapper announces loading). */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cx("animate-pulse rounded-md bg-sunken motion-reduce:animate-none", className)}
    />
  );
}
