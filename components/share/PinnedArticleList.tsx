import Link from "next/link";
import type { SharedArticleView } from "@/lib/views";
import { DateTime } from "@/components/ui/DateTime";
import { OriginalLink } from "@/components/ui/OriginalLink";
import { safeExternalHref } from "@/components/ui/url";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";

/** The articles a link pins, each at its version, with a word when a newer one exists. */
export function PinnedArticleList({
  articles,
  swatches,
}: {
  articles: readonly SharedArticleView[];
  swatches?: Swatches;
}) {
  return (
    <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {articles.map((article) => (
        <li
          key={article.id}
          className="grid gap-1.5 p-4 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-x-6"
          data-testid="pinned-article"
        >
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 sm:flex-col sm:gap-1">
            <OutletBadge name={article.outlet.name} swatch={swatches?.get(article.outlet.name)} />
            <DateTime
              iso={article.publishedAt}
              className="text-sm text-muted"
              fallback="Publication date unknown"
            />
          </div>
          <div className="min-w-0 space-y-1">
            <h3 className="font-serif text-lg leading-snug font-semibold break-words" dir="auto">
              <Link
                href={`/articles/${article.id}`}
                className="underline decoration-line-strong underline-offset-4 hover:decoration-accent"
              >
                {article.title}
              </Link>
            </h3>
            <p className="text-sm text-muted">
              {article.byline ? <>{article.byline} · </> : null}
              {plural(article.quotations.length, "quotation")} · version {article.version}
              {article.latestVersion > article.version ? (
                <span className="font-semibold text-warn-ink"> (a newer version exists)</span>
              ) : null}
              {safeExternalHref(article.url) ? (
                <OriginalLink url={article.url} />
              ) : (
                <> · original address not recorded</>
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
