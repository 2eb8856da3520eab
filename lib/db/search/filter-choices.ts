import "server-only";
import type { Db } from "../client";

export interface FilterChoices {
  outlets: { slug: string; name: string }[];
  languages: string[];
}

/** The outlets and article languages the story list can be filtered by (outlets with at least one article). */
export async function listFilterChoices(db: Db): Promise<FilterChoices> {
  const [outlets, languages] = await Promise.all([
    db.outlet.findMany({
      where: { articles: { some: {} } },
      select: { slug: true, name: true },
      orderBy: [{ name: "asc" }, { slug: "asc" }],
    }),
    // DISTINCT over the language index (search_article_language_idx), not the article rows.
    db.$queryRaw<
      { language: string }[]
    >`SELECT DISTINCT "language" FROM "Article" WHERE "language" IS NOT NULL ORDER BY "language"`,
  ]);
  return { outlets, languages: languages.map((l) => l.language) };
}
