import type { CompareAlignmentRow } from "@/lib/views";
import { AlignedSentences } from "./AlignedSentences";
import type { Swatches } from "@/components/ui/swatches";

/**
 * Matching sentences that give a quantity in different words ("26 countries" / "26 of Ukraine's allies"),
 * shown as evidence side by side: the reader judges whether the wording changes the fact.
 */
export function FigureDifferences({
  rows,
  outletOf,
  swatches,
}: {
  rows: readonly CompareAlignmentRow[];
  outletOf: (articleId: string) => string;
  swatches?: Swatches;
}) {
  const withFigures = rows.filter((r) => r.figures.length > 0);
  if (withFigures.length === 0) {
    return <p className="text-sm text-muted">Matching sentences give their figures in the same words.</p>;
  }
  return (
    <ol className="space-y-3" data-testid="figure-differences">
      {withFigures.map((row) => (
        <li key={row.key} className="rounded-xl border border-line bg-surface p-4 sm:p-5">
          <ul className="mb-3 flex flex-wrap gap-2 text-sm">
            {row.figures.map((f) => (
              <li
                key={`${f.toArticleId}-${f.from}-${f.to}`}
                className="rounded-md bg-sunken px-2 py-1 font-medium"
              >
                <span>“{f.from}”</span>
                <span aria-hidden="true"> ↔ </span>
                <span className="sr-only"> against </span>
                <span>“{f.to}”</span>
              </li>
            ))}
          </ul>
          <AlignedSentences sentences={row.sentences} outletOf={outletOf} swatches={swatches} />
        </li>
      ))}
    </ol>
  );
}
