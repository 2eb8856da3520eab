import { groupAnchor } from "@/components/story/QuoteGroupCard";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";
import type { QuoteGroupView } from "@/lib/views";
import { buildQuoteMatrix, MATRIX_MARKS, type MatrixMark } from "./quote-matrix";

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

/**
 * Who is quoted where: speakers down, outlets across, each cell counting the speaker's quotations in that
 * outlet by how it words them. Badges carry a symbol and a word, so colour is never the only cue; each links
 * to the first such quotation below.
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
  const matrix = buildQuoteMatrix(groups, outlets);
  if (matrix.rows.length === 0 || matrix.outlets.length < 2) return null;
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
              {matrix.outlets.map((outlet) => (
                <th key={outlet} scope="col" className="p-3 align-bottom font-normal">
                  <OutletBadge name={outlet} swatch={swatches?.get(outlet)} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.speaker} className="border-t border-line">
                <th scope="row" className="sticky left-0 bg-surface p-3 align-top font-semibold">
                  {row.speaker}
                  <span className="block text-xs font-normal text-muted">
                    {plural(row.groups, "quotation")}
                  </span>
                </th>
                {row.cells.map((cell, index) => (
                  <td key={matrix.outlets[index]} className="p-3 align-top">
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
      {matrix.hiddenSpeakers > 0 || matrix.hiddenOutlets > 0 ? (
        <p className="text-xs text-muted">
          {matrix.hiddenSpeakers > 0 ? (
            <>{plural(matrix.hiddenSpeakers, "more speaker")} not shown. </>
          ) : null}
          {matrix.hiddenOutlets > 0 ? <>{plural(matrix.hiddenOutlets, "more outlet")} not shown.</> : null}
        </p>
      ) : null}
    </div>
  );
}
