import type { CompareAlignmentRow } from "@/lib/views";
import { listJoin } from "@/components/ui/format";

/** Rows a single compared article carries, grouped by that article in column order. */
export function onlyInGroups(
  rows: readonly CompareAlignmentRow[],
  articleIds: readonly string[],
): { articleId: string; rows: CompareAlignmentRow[] }[] {
  return articleIds
    .map((articleId) => ({
      articleId,
      rows: rows.filter((r) => r.sentences.length === 1 && r.sentences[0]?.articleId === articleId),
    }))
    .filter((group) => group.rows.length > 0);
}

/**
 * Material only one outlet has ("only in <outlet>"), apart from what outlets leave out and collapsed: most of
 * it is an outlet's own background, quotation or comment, not a fact the others dropped. With two articles,
 * such a sentence is also left out by the other, and says so.
 */
export function OnlyInList({
  rows,
  articleIds,
  outletOf,
}: {
  rows: readonly CompareAlignmentRow[];
  articleIds: readonly string[];
  outletOf: (articleId: string) => string;
}) {
  const groups = onlyInGroups(rows, articleIds);
  if (groups.length === 0) return null;
  return (
    <div className="space-y-2" data-testid="only-in">
      {groups.map((group) => (
        <details key={group.articleId} className="rounded-xl border border-line bg-surface px-4 py-3 sm:px-5">
          <summary className="cursor-pointer text-sm font-semibold text-accent">
            Only in {outletOf(group.articleId)} ({group.rows.length})
          </summary>
          <ol className="mt-2 space-y-3">
            {group.rows.map((row) => (
              <li key={row.key} className="border-t border-line pt-3 first:border-t-0">
                <p className="max-w-[70ch] font-serif leading-relaxed">{row.sentences[0]?.text}</p>
                {row.missingFrom.length > 0 ? (
                  <p className="text-sm text-muted">Left out by {listJoin(row.missingFrom.map(outletOf))}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}
