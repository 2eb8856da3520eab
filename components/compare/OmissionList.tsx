import type { CompareAlignmentRow } from "@/lib/views";
import { AlignedSentences } from "./AlignedSentences";
import { listJoin } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";

const SHOWN = 12;

function Row({
  row,
  outletOf,
  swatches,
}: {
  row: CompareAlignmentRow;
  outletOf: (articleId: string) => string;
  swatches?: Swatches;
}) {
  const carriers = row.sentences;
  const omitted = row.missingFrom.map(outletOf);
  return (
    <li className="grid gap-3 border-t border-line py-4 first:border-t-0 md:grid-cols-[minmax(0,70ch)_minmax(12rem,1fr)] md:gap-8">
      <AlignedSentences sentences={carriers} outletOf={outletOf} swatches={swatches} />
      <p className="text-sm">
        <span className="font-semibold text-del-ink">Omitted by: </span>
        {listJoin(omitted)}
      </p>
    </li>
  );
}

/** Facts several compared articles carry and others leave out: rows with a non-empty missingFrom. */
export function OmissionList({
  rows,
  outletOf,
  swatches,
}: {
  rows: readonly CompareAlignmentRow[];
  outletOf: (articleId: string) => string;
  swatches?: Swatches;
}) {
  // Rows one article alone carries are listed apart, as "only in" (OnlyInList).
  const withGaps = rows.filter((r) => r.missingFrom.length > 0 && r.sentences.length > 1);
  if (withGaps.length === 0) {
    return (
      <p className="text-sm text-muted">
        No fact that several of these outlets carry is left out by another.
      </p>
    );
  }
  const head = withGaps.slice(0, SHOWN);
  const rest = withGaps.slice(SHOWN);
  return (
    <div className="rounded-xl border border-line bg-surface px-4 sm:px-5" data-testid="omissions">
      <ol>
        {head.map((row) => (
          <Row key={row.key} row={row} outletOf={outletOf} swatches={swatches} />
        ))}
      </ol>
      {rest.length > 0 ? (
        <details className="border-t border-line py-3">
          <summary className="cursor-pointer text-sm font-semibold text-accent">
            Show {rest.length} more
          </summary>
          <ol>
            {rest.map((row) => (
              <Row key={row.key} row={row} outletOf={outletOf} swatches={swatches} />
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
