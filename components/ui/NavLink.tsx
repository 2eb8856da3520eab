"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "./cx";

/** A header navigation link that marks itself current (aria-current) for its section of the site. */
export function NavLink({
  href,
  children,
  match,
  exact = false,
}: {
  href: string;
  children: ReactNode;
  match: "exact" | "prefix" | string[];
  /** Also current on exactly `href` when `match` lists other prefixes. */
  exact?: boolean;
}) {
  const pathname = usePathname() ?? "";
  const current =
    (exact && pathname === href) || match === "exact"
      ? pathname === href
      : match === "prefix"
        ? pathname === href || pathname.startsWith(`${href}/`)
        : match.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cx(
        "rounded-md px-3 py-2 text-sm font-semibold no-underline",
        current ? "bg-accent-soft text-ink" : "text-muted hover:bg-sunken hover:text-ink",
      )}
    >
      {children}
    </Link>
  );
}
