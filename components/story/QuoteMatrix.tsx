import { groupAnchor } from "@/components/story/QuoteGroupCard";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";
import type { QuoteGroupView } from "@/lib/views";
import { Disclosure } from "@/components/ui/Disclosure";
import {
  buildQuoteMatrix,
  MATRIX_MARKS,
  type MatrixMark,
  type MatrixRow,
  type QuoteMatrix as QuoteMatrixData,
} from "./quote-matrix";

const MARK_LABEL: Record<MatrixMark, string> = {
  same: "same",
  truncated: "cut",
  reworded: "reworded",
  only: "only here",
};
const MARK_SYMBOL: Record<MatrixMark, string> = { same: "=", truncated: "✂", reworded: "≠", only: "★" };
const MARK_TONE: Record<MatrixMark, BadgeTone> = {
  same: "ok",
  truncated: "accent",
  reworded: "warn",
  only: "neutral",
};
const MARK_HELP: Record<MatrixMark, string> = {
  same: "quoted in the wording most outlets share",
  truncated: "the same words, cut short or extended",
  reworded: "different words: another translation or a paraphrase",
  only: "no other outlet quotes it",
};

/** How many outlet columns one table shows; further outlets get tables of their own in a disclosure. */
const OUTLETS_PER_TABLE = 12;
const SPEAKERS_SHOWN = 25;

/**
 * Who is quoted where: speakers down, outlets across, each cell counting the speaker's quotations in that
 * outlet by how it words them. Badges carry a symbol and a word, so colour is never the only cue; each links
 * to the first such quotation below. Speakers past the first 25 and outlets past the first 12 are one click
 * away in disclosures, never left out.
 */
export function QuoteMatrix({
  groups,
  outlets,
  swatches,
}: {
  groups: readonly QuoteGroupView[];
  outlets: readonly string[];
  swatches?: Swatches;
}) {
  const all = [...new Set(outlets)];
  const matrix = buildQuoteMatrix(groups, all.slice(0, OUTLETS_PER_TABLE), { maxSpeakers: SPEAKERS_SHOWN });
  if (matrix.rows.length === 0 || all.length < 2) return null;
  const otherOutlets = all.slice(OUTLETS_PER_TABLE);
  const otherTables: QuoteMatrixData[] = [];
  for (let i = 0; i < otherOutlets.length; i += OUTLETS_PER_TABLE) {
    const chunk = buildQuoteMatrix(groups, otherOutlets.slice(i, i + OUTLETS_PER_TABLE), {
      maxSpeakers: Number.MAX_SAFE_INTEGER,
    });
    otherTables.push({ ...chunk, rows: chunk.rows.filter((r) => r.cells.some((c) => c.total > 0)) });
  }
  return (
    <div className="space-y-2" data-testid="quote-matrix">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        {MATRIX_MARKS.map((mark) => (
          <span key={mark} className="inline-flex items-center gap-1.5">
            <Badge tone={MARK_TONE[mark]}>
              <span aria-hidden="true">{MARK_SYMBOL[mark]}</span> {MARK_LABEL[mark]}
            </Badge>
            {MARK_HELP[mark]}
          </span>
        ))}
      </p>
      <MatrixTable outlets={matrix.outlets} rows={matrix.rows} swatches={swatches} />
      {matrix.moreRows.length > 0 ? (
        <Disclosure
          summary={`Show ${plural(matrix.moreRows.length, "more speaker")}`}
          className="text-sm"
          testId="matrix-more-speakers"
        >
          <MatrixTable outlets={matrix.outlets} rows={matrix.moreRows} swatches={swatches} />
        </Disclosure>
      ) : null}
      {otherTables.length > 0 ? (
        <Disclosure
          summary={`Show the ${plural(otherOutlets.length, "other outlet")}`}
          className="text-sm"
          testId="matrix-more-outlets"
        >
          <div className="space-y-3">
            {otherTables.map((table) => (
              <MatrixTable
                key={table.outlets[0]}
                outlets={table.outlets}
                rows={table.rows}
                swatches={swatches}
              />
            ))}
          </div>
        </Disclosure>
      ) : null}
    </div>
  );
}

function MatrixTable({
  outlets,
  rows,
  swatches,
}: {
  outlets: readonly string[];
  rows: readonly MatrixRow[];
  swatches?: Swatches;
}) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Quotations by speaker and outlet: how many of each speaker&rsquo;s quotations each outlet carries,
          and in which wording.
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="sticky left-0 bg-surface p-3 font-semibold">
              Speaker
            </th>
            {outlets.map((outlet) => (
              <th key={outlet} scope="col" className="p-3 align-bottom font-normal">
                <OutletBadge name={outlet} swatch={swatches?.get(outlet)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.speaker} className="border-t border-line">
              <th scope="row" className="sticky left-0 bg-surface p-3 align-top font-semibold">
                {row.speaker}
                <span className="block text-xs font-normal text-muted">
                  {plural(row.groups, "quotation")}
                </span>
              </th>
              {row.cells.map((cell, index) => (
                <td key={outlets[index]} className="p-3 align-top">
                  {cell.total === 0 ? (
                    <span className="text-muted">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">not quoted</span>
                    </span>
                  ) : (
                    <ul className="flex flex-wrap gap-1">
                      {MATRIX_MARKS.filter((mark) => cell.counts[mark] > 0).map((mark) => (
                        <li key={mark}>
                          <a
                            href={`#${groupAnchor(cell.firstGroup[mark] ?? "")}`}
                            className="no-underline"
                            title={MARK_HELP[mark]}
                          >
                            <Badge tone={MARK_TONE[mark]}>
                              <span aria-hidden="true">{MARK_SYMBOL[mark]}</span> {cell.counts[mark]}{" "}
                              {MARK_LABEL[mark]}
                            </Badge>
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
