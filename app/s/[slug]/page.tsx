import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemoNotice } from "@/components/demo/DemoNotice";
import { demoNoticeFor } from "@/components/demo/demo-notice";
import { quotationAnchor } from "@/components/article/ArticleText";
import { ArticleColumn } from "@/components/compare/ArticleColumn";
import { PinnedArticleList } from "@/components/share/PinnedArticleList";
import { ShareChanges } from "@/components/share/ShareChanges";
import { SHARE_KIND_LABEL } from "@/components/share/labels";
import { socialMetadata } from "@/components/share/social-metadata";
import { DiffLegend, QuoteGroupCard, OneOutletQuotes, groupAnchor } from "@/components/story/QuoteGroupCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { formatDate, formatDateRange, listJoin, plural } from "@/components/ui/format";
import { shareContext } from "@/components/share/share-context";
import Link from "next/link";
import { assignSwatches } from "@/components/ui/swatches";
import type { QuoteVariantView, SharedView } from "@/lib/views";
import { loadSharedView } from "./load";

function describe(view: SharedView): string {
  const outlets = [...new Set(view.articles.map((a) => a.outlet.name))];
  const group = view.quoteGroups[0];
  if (view.kind === "quote" && group) {
    return `${group.speaker ?? "A quotation"} as ${listJoin(outlets)} word it, with the differences marked.`;
  }
  return `${plural(view.articles.length, "article")} from ${plural(outlets.length, "outlet")} compared side by side: quotations, wording and omissions.`;
}

export async function generateMetadata({ params }: PageProps<"/s/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const view = await loadSharedView(slug);
  if (!view) return { title: "Link not found" };
  return socialMetadata({ title: view.title, description: describe(view), path: `/s/${view.slug}` });
}

/** A share link: exactly the article versions the sender saw, and a note when the story has moved on. */
export default async function SharePage({ params }: PageProps<"/s/[slug]">) {
  const { slug } = await params;
  const view = await loadSharedView(slug);
  if (!view) notFound();
  const swatches = assignSwatches(view.articles.map((a) => a.outlet.name));
  const multi = view.quoteGroups.filter((g) => g.variants.length > 1);
  const single = view.quoteGroups.filter((g) => g.variants.length === 1);
  const varied = multi.some((g) => g.wordings.length > 1);
  const variantHref = (v: QuoteVariantView) => `/articles/${v.articleId}#${quotationAnchor(v.quotationId)}`;
  const context = shareContext(view);
  const reported = formatDateRange(context.firstPublished, context.lastPublished);

  return (
    <div
      className={
        view.kind === "compare"
          ? "mx-auto max-w-[100rem] space-y-10 px-4 py-8 sm:px-6 sm:py-10"
          : "mx-auto max-w-6xl space-y-10 px-4 py-8 sm:px-6 sm:py-10"
      }
      data-testid="share-page"
      data-kind={view.kind}
    >
      <div className="mx-auto max-w-6xl space-y-6">
        <DemoNotice notice={demoNoticeFor(view.articles, "shared page")} />
        <PageHeader
          eyebrow={SHARE_KIND_LABEL[view.kind]}
          title={<span dir="auto">{view.title}</span>}
          description={
            <div className="space-y-1">
              <p data-testid="share-headline-source">
                {context.headlineOutlet ? (
                  <>
                    Headline as <strong className="font-semibold text-ink">{context.headlineOutlet}</strong>{" "}
                    ran it
                  </>
                ) : context.titleByEditor ? (
                  "Title by an editor"
                ) : (
                  "Title taken from the outlets’ headlines"
                )}
                {context.outlets.length > 0 ? <> · {plural(context.outlets.length, "outlet")}</> : null}
              </p>
              <p data-testid="share-event-date">
                {reported ? (
                  <>
                    Reported <strong className="font-semibold text-ink">{reported}</strong>
                  </>
                ) : (
                  "Publication dates unknown"
                )}
              </p>
              <p>{describe(view)}</p>
            </div>
          }
        />
        <p className="max-w-[70ch] text-sm text-muted" data-testid="share-about">
          <strong className="font-semibold text-ink">About this page:</strong> Parallax lays different
          outlets&rsquo; reports of one event side by side. This page was made automatically: Parallax found
          the quotations in each article and compared their wording; a reader pinned these versions on{" "}
          {formatDate(view.createdAt) ?? "the day the link was made"}. Check the originals before citing.
        </p>
        <ShareChanges view={view} />
      </div>

      {view.articles.length === 0 ? (
        <div className="mx-auto max-w-6xl" data-testid="share-emptied">
          <EmptyState title="The articles of this link are no longer stored">
            They were removed after the link was made, so there is nothing left to show.{" "}
            {view.story ? (
              <Link href={`/stories/${view.story.id}`}>See the story as it is now</Link>
            ) : (
              <Link href="/">Browse the stories</Link>
            )}
            .
          </EmptyState>
        </div>
      ) : (
        <Section
          id="sources"
          title="What each outlet published"
          className="mx-auto max-w-6xl"
          description="Each report as pinned by this link: the outlet, its headline, when it was published, and the original."
        >
          <PinnedArticleList articles={view.articles} swatches={swatches} />
        </Section>
      )}

      {view.articles.length === 0 ? null : view.kind === "quote" ? (
        <Section id="quote" title="The quotation" className="mx-auto max-w-6xl">
          {view.quoteGroups[0] ? (
            <>
              {varied ? <DiffLegend /> : null}
              <QuoteGroupCard group={view.quoteGroups[0]} variantHref={variantHref} swatches={swatches} />
            </>
          ) : (
            <EmptyState title="The quotation is no longer stored">
              The articles it came from were removed.
            </EmptyState>
          )}
        </Section>
      ) : (
        <>
          <Section
            id="quotes"
            title="Quotations"
            className="mx-auto max-w-6xl"
            description="The same words as each outlet reported them, in the versions pinned by this link."
          >
            {view.quoteGroups.length === 0 ? (
              <EmptyState title="No quotations">None of these articles quote anyone directly.</EmptyState>
            ) : null}
            {multi.length > 0 ? (
              <div className="space-y-4" data-testid="quote-panel">
                {varied ? <DiffLegend /> : null}
                {multi.map((group, index) => (
                  <QuoteGroupCard
                    key={group.id}
                    group={group}
                    number={index + 1}
                    variantHref={variantHref}
                    swatches={swatches}
                  />
                ))}
              </div>
            ) : null}
            <OneOutletQuotes groups={single} variantHref={variantHref} swatches={swatches} />
          </Section>
          {view.kind === "compare" ? (
            <Section id="articles" title="The articles" description="As pinned by this link.">
              <div className="relative grid gap-4 md:auto-cols-[minmax(17rem,1fr)] md:grid-flow-col md:grid-rows-[auto_1fr] md:gap-y-0 md:overflow-x-auto md:pb-2">
                {view.articles.map((article) => (
                  <ArticleColumn
                    key={article.id}
                    article={article}
                    swatches={swatches}
                    linkFor={(q) =>
                      q.groupId
                        ? {
                            href: `#${groupAnchor(q.groupId)}`,
                            description: "see how other outlets quote it",
                          }
                        : null
                    }
                  />
                ))}
              </div>
            </Section>
          ) : null}
        </>
      )}
    </div>
  );
}
