import "server-only";
import type { Db } from "../client";

export async function countArticles(db: Db): Promise<number> {
  return db.article.count();
}
