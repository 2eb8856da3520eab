import Link from "next/link";
import { OriginalLink } from "@/components/ui/OriginalLink";
import type { StoryArticleView, StoryLineageView } from "@/lib/views";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";

function WhyGrouped({ article }: { article: StoryArticleView }) {
  const m = article.membership;
  if (!m) return null;
  if (m.setByEditor) return <p className="text-sm text-muted">Placed in this story by an editor.</p>;
  const hasReasons = m.sharedEntities.length > 0 || m.sharedTerms.length > 0;
  if (!hasReasons && m.score === 0) {
    return <p className="text-sm text-muted">First article of the story: the others were matched to it.</p>;
  }
  return (
    <details className="group text-sm">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded text-muted hover:text-ink [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        Why grouped
        <span
          className="ml-1 rounded bg-sunken px-1.5 font-mono text-xs text-ink"
          title="Similarity to the rest of the story (0–1)"
        >
          {m.score.toFixed(2)}
        </span>
      </summary>
      <div className="mt-2 space-y-1.5 border-l-2 border-line pl-3">
        {!hasReasons ? (
          <p className="text-muted">Matched on its overall wording rather than particular names or terms.</p>
        ) : null}
        {m.sharedEntities.length > 0 ? (
          <p>
            <span className="text-muted">Shared names: </span>
            {m.sharedEntities.join(", ")}
          </p>
        ) : null}
        {m.sharedTerms.length > 0 ? (
          <p>
            <span className="text-muted">Shared terms: </span>
            {m.sharedTerms.join(", ")}
          </p>
        ) : null}
        <p className="text-muted">
          Similarity to the rest of the story: {m.score.toFixed(2)} on a scale of 0 to 1.
        </p>
      </div>
    </details>
  );
}

/** The story's articles in publication order: outlet, time, headline, size and why each joined the story. */
export function CoverageList({
  articles,
  highlightId,
  swatches,
  copies = [],
}: {
  articles: readonly StoryArticleView[];
  highlightId?: string | null;
  swatches?: Swatches;
  /** Articles that copy or lightly rewrite an earlier one (wire lineage). */
  copies?: StoryLineageView["copies"];
}) {
  const copyOf = new Map(copies.map((copy) => [copy.articleId, copy]));
  if (articles.length === 0) return <p className="text-sm text-muted">This story has no articles left.</p>;
  return (
    <ol
      data-testid="coverage-list"
      className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface"
    >
      {articles.map((article) => (
        <li
          key={article.id}
          className={
            article.id === highlightId
              ? "grid gap-1.5 bg-accent-soft p-4 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-x-6 sm:p-5"
              : "grid gap-1.5 p-4 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-x-6 sm:p-5"
          }
        >
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 sm:flex-col sm:gap-1">
            <Link
              href={`/outlets/${encodeURIComponent(article.outlet.slug)}`}
              className="no-underline hover:underline"
              title={`About ${article.outlet.name}`}
              data-testid="outlet-profile-link"
            >
              <OutletBadge name={article.outlet.name} swatch={swatches?.get(article.outlet.name)} />
            </Link>
            <DateTime iso={article.publishedAt} className="text-sm text-muted" />
          </div>
          <div className="min-w-0 space-y-1.5">
            <h3 className="font-serif text-lg leading-snug font-semibold">
              <Link
                href={`/articles/${article.id}`}
                className="underline decoration-line-strong underline-offset-4 hover:decoration-accent"
              >
                {article.title}
              </Link>
              {article.id === highlightId ? (
                <span className="ml-2 align-middle font-sans text-xs font-semibold text-accent">
                  Just added
                </span>
              ) : null}
            </h3>
            <p className="text-sm text-muted">
              {article.byline ? <>{article.byline} · </> : null}
              {plural(article.wordCount, "word")} · {plural(article.quotationCount, "quotation")}
              <OriginalLink url={article.url} />
            </p>
            {copyOf.has(article.id) ? (
              <p className="text-sm" data-testid="lineage-copy">
                <Badge tone="accent">Follows {copyOf.get(article.id)?.followsOutlet}</Badge>{" "}
                <span className="text-muted">
                  {Math.round((copyOf.get(article.id)?.containment ?? 0) * 100)}% of its wording is shared
                  with{" "}
                  <Link
                    href={`/articles/${copyOf.get(article.id)?.followsArticleId}`}
                    className="underline underline-offset-2"
                  >
                    {copyOf.get(article.id)?.followsOutlet}&rsquo;s earlier text
                  </Link>
                </span>
              </p>
            ) : null}
            {articles.length > 1 ? <WhyGrouped article={article} /> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
