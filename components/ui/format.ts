/**
 * Deterministic date formatting: always UTC, always English month names, no Intl/locale dependence, so the
 * server and any client render byte-identical strings (no hydration mismatch) and shared links read the same
 * for everyone.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "10 Feb 2026" */
export function formatDate(iso: string | null | undefined): string | null {
  const d = parse(iso);
  if (!d) return null;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A date alone ("2018-03-04"): the source gave the day, not the time, so none is shown. */
export function isDateOnly(iso: string | null | undefined): boolean {
  return typeof iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(iso);
}

/** "10 Feb 2026, 09:15 UTC"; "10 Feb 2026" for a date given without a time (never an invented "00:00 UTC"). */
export function formatDateTime(iso: string | null | undefined): string | null {
  const d = parse(iso);
  if (!d) return null;
  if (isDateOnly(iso)) return formatDate(iso);
  return `${formatDate(iso)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "09:15 UTC"; null for a date given without a time. */
export function formatTime(iso: string | null | undefined): string | null {
  const d = parse(iso);
  if (!d || isDateOnly(iso)) return null;
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/**
 * A compact date range: "10 Feb 2026", "10–12 Feb 2026", "28 Feb – 2 Mar 2026", "30 Dec 2025 – 2 Jan 2026".
 * Either end may be missing.
 */
export function formatDateRange(
  firstIso: string | null | undefined,
  lastIso: string | null | undefined,
): string | null {
  const a = parse(firstIso);
  const b = parse(lastIso);
  if (!a || !b) {
    const only = a ?? b;
    return only ? formatDate(only.toISOString()) : null;
  }
  const [from, to] = a.getTime() <= b.getTime() ? [a, b] : [b, a];
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  const sameMonth = sameYear && from.getUTCMonth() === to.getUTCMonth();
  if (sameMonth && from.getUTCDate() === to.getUTCDate()) return formatDate(from.toISOString());
  if (sameMonth) {
    return `${from.getUTCDate()}–${to.getUTCDate()} ${MONTHS[to.getUTCMonth()]} ${to.getUTCFullYear()}`;
  }
  if (sameYear) {
    return `${from.getUTCDate()} ${MONTHS[from.getUTCMonth()]} – ${formatDate(to.toISOString())}`;
  }
  return `${formatDate(from.toISOString())} – ${formatDate(to.toISOString())}`;
}

/** "3 articles", "1 article" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? singular : pluralForm}`;
}

/** "12 stories", or "1,000+ stories" when the count stopped at a cap and more match. */
export function countAtLeast(
  count: number,
  capped: boolean,
  singular: string,
  pluralForm = `${singular}s`,
): string {
  return capped ? `${count.toLocaleString("en-GB")}+ ${pluralForm}` : plural(count, singular, pluralForm);
}

/** "A", "A and B", "A, B and C" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function displayName(type: "language" | "region", code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    return (
      new Intl.DisplayNames(["en"], { type, fallback: "code" }).of(
        type === "region" ? code.toUpperCase() : code,
      ) ?? code
    );
  } catch {
    return code;
  }
}

/** "English" for "en"; the code itself when unknown. Used in server components only. */
export const languageName = (code: string | null | undefined) => displayName("language", code);

/** "Ireland" for "IE"; the code itself when unknown. Used in server components only. */
export const countryName = (code: string | null | undefined) => displayName("region", code);
