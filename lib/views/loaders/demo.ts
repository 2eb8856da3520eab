import "server-only";
import { countDemoCorpus, findLastDemoRemoval, getDb } from "@/lib/db";

/** How much of the fictional demo corpus the database holds (live demo stories, demo articles). */
export async function getDemoCorpusSize(): Promise<{ stories: number; articles: number }> {
  return countDemoCorpus(await getDb());
}

export interface DemoRemovalView {
  actor: string;
  at: string;
  articles: number;
  stories: number;
  outlets: number;
  storiesKept: number;
}

/** The last removal of the demo corpus, as its audit row recorded it; null if it was never removed. */
export async function getLastDemoRemoval(): Promise<DemoRemovalView | null> {
  const row = await findLastDemoRemoval(await getDb());
  if (!row) return null;
  const counts: Record<string, unknown> =
    typeof row.details === "object" && row.details !== null ? { ...row.details } : {};
  const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);
  return {
    actor: row.actor,
    at: row.createdAt.toISOString(),
    articles: count(counts.articles),
    stories: count(counts.stories),
    outlets: count(counts.outlets),
    storiesKept: count(counts.storiesKept),
  };
}
