import { OUTLET_TYPE_LABELS, OUTLET_TYPES, type OutletType } from "./scheme";

/** What the coverage line counts of each outlet of a story. */
export interface CoverageOutlet {
  country: string | null;
  type: string | null;
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * A story's coverage in one line: "3 outlets from 2 countries, 1 state-controlled". Countries are counted among
 * outlets whose country is recorded, types in the scheme's order; an outlet with no recorded fact only counts
 * as an outlet ("3 outlets, 1 from a recorded country" is not said: unknown stays unsaid).
 */
export function describeCoverage(outlets: readonly CoverageOutlet[]): string {
  const countries = new Set(outlets.flatMap((o) => (o.country ? [o.country] : [])));
  let line = count(outlets.length, "outlet", "outlets");
  if (countries.size > 0) line += ` from ${count(countries.size, "country", "countries")}`;
  const types = OUTLET_TYPES.flatMap((type: OutletType) => {
    const n = outlets.filter((o) => o.type === type).length;
    return n > 0 ? [`${n.toLocaleString("en-GB")} ${OUTLET_TYPE_LABELS[type]}`] : [];
  });
  return types.length > 0 ? `${line}, ${types.join(", ")}` : line;
}
