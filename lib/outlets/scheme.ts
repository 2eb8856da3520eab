/**
 * The outlet profile's vocabulary: the kinds of fact a profile records and the documented type scheme
 * (docs/outlets.md). Pure: used by the CSV reader, the editor's form rules and the pages.
 */

/** The facts a profile holds, each with its own source and date. */
export const OUTLET_FACT_KINDS = ["country", "languages", "type"] as const;
export type OutletFactKind = (typeof OUTLET_FACT_KINDS)[number];

/**
 * The type scheme, in the order pages list it. Parallax records what a named source says; it never rates an
 * outlet itself (docs/outlets.md gives each definition and where it comes from).
 */
export const OUTLET_TYPES = [
  "state-controlled",
  "state-funded",
  "public-service",
  "private",
  "non-profit",
  "wire-agency",
] as const;
export type OutletType = (typeof OUTLET_TYPES)[number];

export const OUTLET_TYPE_LABELS: Record<OutletType, string> = {
  "state-controlled": "state-controlled",
  "state-funded": "state-funded",
  "public-service": "public service",
  private: "private",
  "non-profit": "non-profit",
  "wire-agency": "wire agency",
};

/** One line each, as the profile page and docs/outlets.md explain the scheme. */
export const OUTLET_TYPE_DEFINITIONS: Record<OutletType, string> = {
  "state-controlled":
    "The state or a ruling party owns or funds it and controls what it publishes (appointments, editorial line).",
  "state-funded":
    "Mostly funded by the state, with editorial independence not established by law or practice.",
  "public-service":
    "Publicly funded, with editorial independence protected by law and governance (a public service broadcaster).",
  private: "Owned by private persons or companies and run commercially.",
  "non-profit": "Owned by a foundation, trust, cooperative or charity and not run for profit.",
  "wire-agency": "A news agency whose copy other outlets publish (whatever its ownership).",
};

/** A type as people write it ("Public service", "wire_agency", "State Controlled") in the scheme's spelling. */
export function readOutletType(raw: string): OutletType | null {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return (OUTLET_TYPES as readonly string[]).includes(key) ? (key as OutletType) : null;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** An ISO 3166-1 alpha-2 code in upper case ("gb" → "GB"), or null when it names no country Intl knows. */
export function readCountry(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || code === "ZZ" || /^(AA|Q[M-Z]|X[A-JL-Z])$/.test(code)) return null;
  return regionNames.of(code) === code ? null : code;
}

export const MAX_LANGUAGES = 12;

/**
 * Language codes separated by spaces, commas, semicolons or "|" ("en; fr-CA") in BCP 47's canonical case, each
 * once; null when one is not a language tag or there are none or too many.
 */
export function readLanguages(raw: string): string[] | null {
  const parts = raw
    .split(/[\s,;|]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_LANGUAGES) return null;
  const codes: string[] = [];
  for (const part of parts) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(part)) return null;
    let canonical: string;
    try {
      canonical = Intl.getCanonicalLocales(part)[0] ?? "";
    } catch {
      return null;
    }
    // A well-formed tag Intl cannot name ("xx") is a typo, not a language.
    const primary = canonical.split("-")[0] ?? "";
    if (!canonical || languageNames.of(primary) === primary) return null;
    if (!codes.includes(canonical)) codes.push(canonical);
  }
  return codes;
}

/** A calendar day written YYYY-MM-DD, as midnight UTC; null for anything else (2026-02-31 included). */
export function readDay(raw: string): Date | null {
  const value = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time)) return null;
  const day = new Date(time);
  return day.toISOString().slice(0, 10) === value ? day : null;
}

/** An http(s) address of at most 2,000 characters, re-serialised; null for anything else (javascript:, data:, junk). */
export function readWebAddress(raw: string): string | null {
  const value = raw.trim();
  if (value.length > 2000) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
