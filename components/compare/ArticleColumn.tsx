import Link from "next/link";
import { OriginalLink } from "@/components/ui/OriginalLink";
import type { ColumnMarks, CompareArticleView, QuotationView } from "@/lib/views";
import type { QuoteLink } from "@/components/article/ArticleText";
import { DateTime } from "@/components/ui/DateTime";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";
import type { ColumnSentenceInput } from "./column-segments";
import { CompareColumnText } from "./CompareColumnText";

/**
 * One compared article: its outlet, headline and text, with quotations linking to their quote groups, its
 * aligned sentences, and (for every column but the first) the words the first column lacks. On wide screens the
 * text scrolls inside the column, so the columns can scroll together.
 */
export function ArticleColumn({
  article,
  linkFor,
  swatches,
  sentences = [],
  marks,
  referenceOutlet,
}: {
  article: CompareArticleView;
  swatches?: Swatches;
  linkFor: (quotation: QuotationView) => QuoteLink | null;
  sentences?: readonly ColumnSentenceInput[];
  /** This column against the first; undefined for the first column itself. */
  marks?: ColumnMarks;
  referenceOutlet?: string;
}) {
  const headingId = `col-${article.id}-title`;
  const sharePercent = marks ? Math.round(marks.stats.unchangedShare * 100) : null;
  return (
    <article
      id={`col-${article.id}`}
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col rounded-xl border border-line bg-surface md:row-span-2 md:grid md:grid-rows-subgrid"
      data-testid="compare-column"
      data-column={article.id}
    >
      <header className="space-y-2 border-b border-line p-4 sm:p-5">
        <OutletBadge name={article.outlet.name} size="md" swatch={swatches?.get(article.outlet.name)} />
        <h3 id={headingId} className="font-serif text-xl leading-snug font-semibold text-balance">
          <Link
            href={`/articles/${article.id}`}
            className="no-underline hover:underline hover:decoration-accent hover:underline-offset-4"
          >
            {article.title}
          </Link>
        </h3>
        <p className="text-sm text-muted">
          {article.byline ? <>{article.byline} · </> : null}
          <DateTime iso={article.publishedAt} />
        </p>
        <p className="text-xs text-muted">
          {plural(article.quotations.length, "quotation")} highlighted
          <OriginalLink url={article.url} />
        </p>
        {marks === undefined ? (
          <p className="text-xs font-semibold text-muted" data-testid="reference-column">
            Reference for word differences
          </p>
        ) : marks.rewritten ? (
          <p
            className="rounded-md border border-warn-line bg-warn-bg px-2 py-1 text-xs text-warn-ink"
            data-testid="rewritten-note"
          >
            <strong>Rewritten:</strong> shares {sharePercent}% of its words with {referenceOutlet}, so it is
            shown side by side without word marks.
          </p>
        ) : (
          <p className="text-xs text-muted" data-testid="column-diff-summary">
            {sharePercent}% of its words as in {referenceOutlet}; {plural(marks.stats.addedWords, "word")}{" "}
            added, {marks.stats.removedWords} of {referenceOutlet}&rsquo;s words left out
          </p>
        )}
      </header>
      <div
        className="relative p-4 focus-visible:outline-2 focus-visible:outline-accent sm:p-5 md:max-h-[75vh] md:overflow-y-auto"
        data-scroll-body=""
        tabIndex={0}
        role="region"
        aria-label={`${article.outlet.name}: article text. Arrow keys move between sentences and columns.`}
      >
        <CompareColumnText
          text={article.text}
          sentences={sentences}
          quotations={article.quotations}
          added={marks && !marks.rewritten ? marks.added : []}
          removed={marks && !marks.rewritten ? marks.removed : []}
          referenceOutlet={referenceOutlet}
          linkFor={linkFor}
        />
      </div>
    </article>
  );
}
