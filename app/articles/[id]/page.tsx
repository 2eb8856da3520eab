import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemoNotice } from "@/components/demo/DemoNotice";
import { demoArticleNotice } from "@/components/demo/demo-notice";
import { ArticleText } from "@/components/article/ArticleText";
import { QuotationList } from "@/components/article/QuotationList";
import { groupAnchor } from "@/components/story/QuoteGroupCard";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { DateTime } from "@/components/ui/DateTime";
import { Notice } from "@/components/ui/Notice";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { buttonClass } from "@/components/ui/button";
import { countryName, languageName, plural } from "@/components/ui/format";
import { hostOf, safeExternalHref } from "@/components/ui/url";
import { loadArticle } from "../../_lib/loaders";
import { parseId } from "../../_lib/params";

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id ? await loadArticle(id) : null;
  if (!article) return { title: "Article not found" };
  return {
    title: `${article.title} (${article.outlet.name})`,
    description: `As published by ${article.outlet.name}, with its quotations marked.`,
  };
}

function Meta({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 border-t border-line py-2 first:border-t-0">
      <dt className="text-muted">{term}</dt>
      <dd className="min-w-0 text-right break-words">{children}</dd>
    </div>
  );
}

export default async function ArticlePage({ params }: PageProps<"/articles/[id]">) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const article = await loadArticle(id);
  if (!article) notFound();
  const story = article.story;
  const words = article.text.split(/\s+/).filter(Boolean).length;
  const sourceHref = safeExternalHref(article.url);

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          ...(story ? [{ href: `/stories/${story.id}`, label: story.title }] : []),
          { label: article.title },
        ]}
      />

      <DemoNotice notice={article.demo ? demoArticleNotice(article.outlet.name) : null} />

      <header className="max-w-[70ch] space-y-3 border-b border-line pb-6">
        <OutletBadge name={article.outlet.name} size="md" />
        <h1 className="font-serif text-3xl leading-tight font-semibold text-balance sm:text-4xl">
          {article.title}
        </h1>
        <p className="text-sm text-muted">
          {article.byline ? <>{article.byline} · </> : null}
          <DateTime iso={article.publishedAt} fallback="Publication date unknown" />
        </p>
        {article.versions.length > 1 ? (
          <Notice tone="info" title="This article changed after Parallax first saw it">
            {plural(article.versions.length, "version")} stored; the last change was found{" "}
            <DateTime iso={article.lastChangedAt} />.{" "}
            <Link
              href={`/articles/${article.id}/changes`}
              className="font-semibold underline underline-offset-2"
            >
              See what changed
            </Link>
          </Notice>
        ) : null}
        {story ? (
          <p className="text-sm lg:hidden">
            <span className="text-muted">Part of </span>
            <Link href={`/stories/${story.id}`} className="font-semibold underline underline-offset-4">
              {story.title}
            </Link>
            {story.articleCount > 1 ? (
              <>
                {" · "}
                <Link
                  href={`/stories/${story.id}/compare`}
                  className="font-semibold text-accent underline underline-offset-4"
                >
                  Compare {story.articleCount} articles
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,70ch)_minmax(16rem,1fr)] lg:gap-12">
        <section aria-label="Article text" className="min-w-0">
          <ArticleText
            text={article.text}
            quotations={article.quotations}
            linkFor={(q) =>
              story && q.groupId
                ? {
                    href: `/stories/${story.id}#${groupAnchor(q.groupId)}`,
                    description: "compare how other outlets quote it",
                  }
                : null
            }
          />
        </section>

        <aside className="space-y-8 text-sm" aria-label="About this article">
          {story ? (
            <section aria-labelledby="story-heading" className="rounded-xl border border-line bg-surface p-4">
              <h2 id="story-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
                Part of the story
              </h2>
              <p className="mt-2 font-serif text-lg leading-snug font-semibold">
                <Link
                  href={`/stories/${story.id}`}
                  className="underline decoration-line-strong underline-offset-4 hover:decoration-accent"
                >
                  {story.title}
                </Link>
              </p>
              <p className="mt-1 text-muted">{plural(story.articleCount, "article")}</p>
              {story.articleCount > 1 ? (
                <Link
                  href={`/stories/${story.id}/compare`}
                  className={buttonClass("secondary", "mt-3 w-full")}
                >
                  Compare with other outlets
                </Link>
              ) : null}
            </section>
          ) : (
            <p className="rounded-xl border border-line bg-surface p-4 text-muted">
              Not yet grouped into a story.
            </p>
          )}

          <section aria-labelledby="quotes-heading" className="space-y-3">
            <h2 id="quotes-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
              Quotations ({article.quotations.length})
            </h2>
            <QuotationList quotations={article.quotations} />
          </section>

          <section aria-labelledby="details-heading" className="space-y-2">
            <h2 id="details-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
              Details
            </h2>
            <dl>
              <Meta term="Outlet">
                <Link
                  href={`/outlets/${encodeURIComponent(article.outlet.slug)}`}
                  data-testid="article-outlet-link"
                >
                  {article.outlet.name}
                </Link>
              </Meta>
              {article.outlet.country ? (
                <Meta term="Country">{countryName(article.outlet.country)}</Meta>
              ) : null}
              <Meta term="Published">
                <DateTime iso={article.publishedAt} fallback="Unknown" />
              </Meta>
              {article.modifiedAt ? (
                <Meta term="Modified (as the page says)">
                  <DateTime iso={article.modifiedAt} />
                </Meta>
              ) : null}
              {article.versions.length > 1 ? (
                <Meta term="Last change seen">
                  <DateTime iso={article.lastChangedAt} fallback="Unknown" />
                </Meta>
              ) : null}
              <Meta term="Added">
                <DateTime iso={article.ingestedAt} />
              </Meta>
              {article.language ? <Meta term="Language">{languageName(article.language)}</Meta> : null}
              <Meta term="Length">{plural(words, "word")}</Meta>
              {sourceHref ? (
                <Meta term="Source">
                  <a
                    href={sourceHref}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="underline underline-offset-2"
                  >
                    {hostOf(sourceHref)}
                    <span className="sr-only"> (opens in a new tab)</span>
                    <span aria-hidden="true"> ↗</span>
                  </a>
                </Meta>
              ) : null}
            </dl>
          </section>

          {article.versions.length > 0 ? (
            <section aria-labelledby="versions-heading" className="space-y-2">
              <h2
                id="versions-heading"
                className="text-xs font-semibold tracking-[0.12em] text-muted uppercase"
              >
                Versions ({article.versions.length})
              </h2>
              <ol className="space-y-2">
                {article.versions.map((v) => (
                  <li key={v.version} className="border-t border-line pt-2 first:border-t-0 first:pt-0">
                    <span className="font-mono text-xs text-muted">v{v.version}</span> <span>{v.title}</span>
                    <br />
                    <DateTime iso={v.fetchedAt} className="text-xs text-muted" />
                    {v.version > 1 ? (
                      <>
                        {" · "}
                        <Link
                          href={`/articles/${article.id}/changes?from=${v.version - 1}&to=${v.version}`}
                          className="text-xs underline underline-offset-2"
                        >
                          changes from v{v.version - 1}
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
