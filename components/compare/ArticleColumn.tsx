import Link from "next/link";
import { OriginalLink } from "@/components/ui/OriginalLink";
import type { CompareArticleView, QuotationView } from "@/lib/views";
import { ArticleText, type QuoteLink } from "@/components/article/ArticleText";
import { DateTime } from "@/components/ui/DateTime";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";

/** One compared article: its outlet, headline and text, with quotations linking to their quote groups. */
export function ArticleColumn({
  article,
  linkFor,
  swatches,
}: {
  article: CompareArticleView;
  swatches?: Swatches;
  linkFor: (quotation: QuotationView) => QuoteLink | null;
}) {
  const headingId = `col-${article.id}-title`;
  return (
    <article
      id={`col-${article.id}`}
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col rounded-xl border border-line bg-surface md:row-span-2 md:grid md:grid-rows-subgrid"
      data-testid="compare-column"
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
      </header>
      <div className="p-4 sm:p-5">
        <ArticleText
          text={article.text}
          quotations={article.quotations}
          linkFor={linkFor}
          className="text-base leading-[1.65]"
        />
      </div>
    </article>
  );
}
