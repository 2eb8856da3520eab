import "server-only";
import { diffStats, diffWords, isRewrite } from "@/lib/compare";
import { getArticleVersions, getDb } from "@/lib/db";
import { iso } from "../shapers/dates";
import type { ArticleChanges, ArticleVersionView } from "../types";

/** Two whole articles may differ a lot; the diff stays bounded in time and falls back to a coarse one. */
const DIFF_TIMEOUT_MS = 200;

/**
 * Two versions of an article diffed word by word (headline and body). Without a choice it compares the latest
 * version with the one before; null when the article or a requested version does not exist, or there is only
 * one version.
 */
export async function getArticleChanges(
  articleId: string,
  choice: { from?: number; to?: number } = {},
): Promise<ArticleChanges | null> {
  const row = await getArticleVersions(await getDb(), articleId);
  if (!row || row.versions.length < 2) return null;
  const byNumber = new Map(row.versions.map((v) => [v.version, v]));
  const latest = row.versions[row.versions.length - 1];
  const to = choice.to !== undefined ? byNumber.get(choice.to) : latest;
  const fromNumber = choice.from ?? (to ? previousVersion(row.versions, to.version) : undefined);
  const from = fromNumber !== undefined ? byNumber.get(fromNumber) : undefined;
  if (!from || !to || from.version === to.version) return null;

  const bodyDiff = diffWords(from.text, to.text, { timeoutMs: DIFF_TIMEOUT_MS });
  const stats = diffStats(bodyDiff);
  const textChanged = from.text !== to.text || from.title !== to.title;
  return {
    articleId: row.id,
    title: row.title,
    outlet: row.outlet.name,
    story: row.membership?.story ?? null,
    versions: row.versions.map((v) => ({
      version: v.version,
      title: v.title,
      fetchedAt: v.fetchedAt.toISOString(),
      modifiedAt: iso(v.modifiedAt),
    })),
    from: view(from),
    to: view(to),
    titleDiff: diffWords(from.title, to.title),
    bodyDiff,
    stats,
    rewritten: isRewrite(stats),
    stealth:
      from.modifiedAt === null && to.modifiedAt === null
        ? null
        : textChanged && from.modifiedAt?.getTime() === to.modifiedAt?.getTime(),
  };
}

function previousVersion(versions: readonly { version: number }[], version: number): number | undefined {
  return versions.filter((v) => v.version < version).at(-1)?.version;
}

function view(v: {
  version: number;
  title: string;
  byline: string | null;
  text: string;
  fetchedAt: Date;
  modifiedAt: Date | null;
}): ArticleVersionView {
  return {
    version: v.version,
    title: v.title,
    byline: v.byline,
    text: v.text,
    fetchedAt: v.fetchedAt.toISOString(),
    modifiedAt: iso(v.modifiedAt),
  };
}
