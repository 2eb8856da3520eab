import "server-only";
import type { Db } from "../client";

export interface FilterChoices {
  outlets: { slug: string; name: string }[];
  languages: string[];
  /** Countries and types of outlets with at least one article (docs/outlets.md). */
  countries: string[];
  outletTypes: string[];
}

/** The outlets and article languages the story list can be filtered by (outlets with at least one article). */
export async function listFilterChoices(db: Db): Promise<FilterChoices> {
  const [outlets, languages, countries, outletTypes] = await Promise.all([
    db.outlet.findMany({
      where: { articles: { some: {} } },
      select: { slug: true, name: true },
      orderBy: [{ name: "asc" }, { slug: "asc" }],
    }),
    // DISTINCT over the language index (search_article_language_idx), not the article rows.
    db.$queryRaw<
      { language: string }[]
    >`SELECT DISTINCT "language" FROM "Article" WHERE "language" IS NOT NULL ORDER BY "language"`,
    db.outlet.findMany({
      where: { country: { not: null }, articles: { some: {} } },
      distinct: ["country"],
      select: { country: true },
      orderBy: { country: "asc" },
    }),
    db.outlet.findMany({
      where: { ownershipType: { not: null }, articles: { some: {} } },
      distinct: ["ownershipType"],
      select: { ownershipType: true },
      orderBy: { ownershipType: "asc" },
    }),
  ]);
  return {
    outlets,
    languages: languages.map((l) => l.language),
    countries: countries.flatMap((o) => (o.country ? [o.country] : [])),
    outletTypes: outletTypes.flatMap((o) => (o.ownershipType ? [o.ownershipType] : [])),
  };
}
