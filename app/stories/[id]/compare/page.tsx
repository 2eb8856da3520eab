import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getCompareData, MAX_COMPARED_ARTICLES, selectComparedArticles, type StoryDetail } from "@/lib/views";
import { DemoNotice } from "@/components/demo/DemoNotice";
import { demoNoticeFor } from "@/components/demo/demo-notice";
import { quotationAnchor } from "@/components/article/ArticleText";
import { ArticleColumn } from "@/components/compare/ArticleColumn";
import { CopyLinkButton } from "@/components/share/CopyLinkButton";
import { ArticlePicker } from "@/components/compare/ArticlePicker";
import { CompareWorkspace } from "@/components/compare/CompareWorkspace";
import { columnSentences } from "@/components/compare/column-sentences";
import { FramingPanel } from "@/components/story/FramingPanel";
import { FigureDifferences } from "@/components/compare/FigureDifferences";
import { OmissionList } from "@/components/compare/OmissionList";
import { OnlyInList } from "@/components/compare/OnlyInList";
import { DiffLegend, QuoteGroupCard, SingleQuoteList, groupAnchor } from "@/components/story/QuoteGroupCard";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Skeleton } from "@/components/ui/Skeleton";
import { buttonClass } from "@/components/ui/button";
import { listJoin, plural } from "@/components/ui/format";
import { assignSwatches } from "@/components/ui/swatches";
import { loadStory } from "../../../_lib/loaders";
import { compareSearchSchema, parseId } from "../../../_lib/params";

export async function generateMetadata({ params }: PageProps<"/stories/[id]/compare">): Promise<Metadata> {
  const id = parseId((await params).id);
  const story = id ? await loadStory(id) : null;
  if (!story) return { title: "Story not found" };
  return {
    title: `Compare: ${story.title}`,
    description: `How ${plural(story.articleCount, "article")} word the same quotations, side by side.`,
  };
}

export default async function ComparePage({ params, searchParams }: PageProps<"/stories/[id]/compare">) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const { articles: requested } = compareSearchSchema.parse(await searchParams);
  // The story is loaded before anything streams, so a bad link still gets a real 404 status.
  const story = await loadStory(id);
  if (!story) notFound();

  // The same choice getCompareData makes (the requested ones, else the first four), for the header.
  const selection = selectComparedArticles(
    story.articles.map((a) => a.id),
    requested,
  );
  const { tooFew, truncated } = selection;
  const selectedArticles = selection.articleIds.flatMap(
    (sid) => story.articles.find((a) => a.id === sid) ?? [],
  );
  const selectedOutlets = selectedArticles.map((a) => a.outlet.name);
  const canCompare = story.articles.length >= 2 && !tooFew;

  const header = (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          { href: `/stories/${story.id}`, label: story.title },
          { label: "Compare" },
        ]}
      />
      <DemoNotice notice={demoNoticeFor(selectedArticles, "comparison")} />
      <PageHeader
        eyebrow="Compare coverage"
        title={story.title}
        description={
          canCompare
            ? `${listJoin(selectedOutlets)}, side by side.`
            : "Choose the articles to lay side by side."
        }
        actions={
          <Link href={`/stories/${story.id}`} className={buttonClass("secondary")}>
            <span aria-hidden="true">←</span> Story overview
          </Link>
        }
      />
    </>
  );

  if (story.articles.length < 2) {
    return (
      <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
        {header}
        <Notice title="Nothing to compare yet">
          This story has only one article. Add another outlet&rsquo;s report of the same event to compare
          them. <Link href="/ingest">Add an article</Link>
        </Notice>
      </div>
    );
  }

  if (tooFew) {
    return (
      <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
        {header}
        <Notice tone="warn" live title="Choose at least two articles">
          Tick two or more of this story&rsquo;s articles below, then choose “Compare selected”.
        </Notice>
        <ArticlePicker
          storyId={story.id}
          articles={story.articles}
          selected={selection.requested}
          max={MAX_COMPARED_ARTICLES}
          swatches={assignSwatches(story.articles.map((a) => a.outlet.name))}
        />
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-[100rem] space-y-10 px-4 py-8 sm:px-6 sm:py-10">
      <div className="mx-auto max-w-6xl space-y-6">
        {header}
        {truncated ? (
          <Notice tone="warn" live>
            At most {MAX_COMPARED_ARTICLES} articles can be compared at once: showing the first{" "}
            {MAX_COMPARED_ARTICLES}.
          </Notice>
        ) : null}
      </div>
      <Suspense fallback={<CompareSkeleton />}>
        <CompareBody story={story} requested={requested} />
      </Suspense>
    </div>
  );
}

function CompareSkeleton() {
  return (
    <div className="mx-auto max-w-6xl space-y-6" role="status" aria-live="polite">
      <span className="sr-only">Comparing the articles…</span>
      <Skeleton className="h-6 w-64" />
      <Skeleton className="h-48 w-full rounded-xl" />
      <div className="grid gap-4 md:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-96 rounded-xl" />
        ))}
      </div>
    </div>
  );
}

async function CompareBody({ story, requested }: { story: StoryDetail; requested: string[] | undefined }) {
  const data = await getCompareData(story.id, requested);
  const swatches = assignSwatches(story.articles.map((a) => a.outlet.name));
  if (!data || data.articles.length < 2) {
    return (
      <div className="mx-auto max-w-6xl space-y-6">
        <Notice tone="warn" title="Choose at least two articles">
          These articles could not be compared. Pick two or more below.
        </Notice>
        <ArticlePicker
          storyId={story.id}
          articles={story.articles}
          selected={data?.articles.map((a) => a.id) ?? []}
          max={MAX_COMPARED_ARTICLES}
          swatches={swatches}
        />
      </div>
    );
  }

  const multi = data.quoteGroups.filter((g) => g.variants.length > 1);
  const single = data.quoteGroups.filter((g) => g.variants.length === 1);
  const groupNumber = new Map(multi.map((g, i) => [g.id, i + 1]));
  const inPage = new Set(data.quoteGroups.map((g) => g.id));
  const outletById = new Map(data.articles.map((a) => [a.id, a.outlet.name]));
  const outletOf = (articleId: string) => outletById.get(articleId) ?? "Unknown outlet";
  const figureCount = data.alignment.filter((r) => r.figures.length > 0).length;
  const reference = data.articles[0];
  const sentencesOf = columnSentences(data.alignment, data.articles.length);
  const marksOf = new Map(data.columnMarks.map((m) => [m.articleId, m]));
  const omissionCount = data.alignment.filter(
    (r) => r.missingFrom.length > 0 && r.sentences.length > 1,
  ).length;

  return (
    <>
      <div className="mx-auto max-w-6xl space-y-6">
        <CopyLinkButton
          request={{ kind: "compare", storyId: story.id, articleIds: data.articles.map((a) => a.id) }}
          what="this comparison"
          label="Copy link to this comparison"
        />
        <details className="group">
          <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded-md text-sm font-semibold text-accent [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            Change articles ({data.articles.length} of {story.articles.length} selected)
          </summary>
          <div className="mt-3">
            <ArticlePicker
              storyId={story.id}
              articles={story.articles}
              selected={data.articles.map((a) => a.id)}
              max={MAX_COMPARED_ARTICLES}
              swatches={swatches}
            />
          </div>
        </details>
        <nav
          aria-label="On this page"
          className="flex flex-wrap gap-x-5 gap-y-1 border-y border-line py-3 text-sm"
        >
          <a href="#variants" className="font-semibold text-accent underline-offset-4 hover:underline">
            Quotations ({multi.length} shared, {single.length} single)
          </a>
          <a href="#figures" className="font-semibold text-accent underline-offset-4 hover:underline">
            Figures ({figureCount})
          </a>
          <a href="#omissions" className="font-semibold text-accent underline-offset-4 hover:underline">
            Left out ({omissionCount})
          </a>
          <a href="#framing" className="font-semibold text-accent underline-offset-4 hover:underline">
            Framing
          </a>
          <a href="#texts" className="font-semibold text-accent underline-offset-4 hover:underline">
            Full texts
          </a>
        </nav>

        <Section
          id="variants"
          title="Quotations across these articles"
          description="Each card is one utterance. The reference wording is the one most of these outlets share; every other wording is shown as its difference from it."
        >
          {multi.length > 0 ? (
            <div className="space-y-4" data-testid="variant-panel">
              <DiffLegend />
              {multi.map((group) => (
                <QuoteGroupCard
                  key={group.id}
                  group={group}
                  number={groupNumber.get(group.id)}
                  variantHref={(v) => `#${quotationAnchor(v.quotationId)}`}
                  swatches={swatches}
                />
              ))}
            </div>
          ) : (
            <p className="text-sm text-muted">No quotation appears in more than one of these articles.</p>
          )}
          {single.length > 0 ? (
            <div className="space-y-3 pt-4">
              <h3 className="text-sm font-semibold tracking-[0.1em] text-muted uppercase">
                Quoted in one of these articles only
              </h3>
              <SingleQuoteList
                groups={single}
                variantHref={(v) => `#${quotationAnchor(v.quotationId)}`}
                swatches={swatches}
              />
            </div>
          ) : null}
        </Section>

        <Section
          id="figures"
          title="Figures worded differently"
          description="Matching sentences that give a number or quantity in different words."
        >
          <FigureDifferences rows={data.alignment} outletOf={outletOf} swatches={swatches} />
        </Section>

        <Section
          id="framing"
          title="Framing signals"
          description="How each of these outlets words the story: headlines, attribution verbs, the labels it gives the people involved, hedges and loaded words."
        >
          <FramingPanel framing={data.framing} swatches={swatches} />
        </Section>

        <Section
          id="omissions"
          title="What some outlets leave out"
          description="Facts that several of these articles state and another does not; below, what only one outlet has."
        >
          <OmissionList rows={data.alignment} outletOf={outletOf} swatches={swatches} />
          <OnlyInList rows={data.alignment} articleIds={data.articles.map((a) => a.id)} outletOf={outletOf} />
        </Section>
      </div>

      <Section
        id="texts"
        title="Full texts"
        description={
          <>
            Quotations are highlighted; select one to jump to its wordings above. Word differences are against
            the first column.
            {data.articles.length > 4 ? (
              <span className="hidden md:inline">
                {" "}
                Scroll sideways to see all {data.articles.length} articles.
              </span>
            ) : null}
          </>
        }
      >
        <CompareWorkspace
          outletOf={Object.fromEntries(data.articles.map((a) => [a.id, a.outlet.name]))}
          referenceOutlet={reference?.outlet.name ?? ""}
        >
          <div
            role="region"
            aria-label="Articles side by side"
            tabIndex={0}
            className="relative grid gap-4 md:auto-cols-[minmax(17rem,1fr)] md:grid-flow-col md:grid-rows-[auto_1fr] md:gap-y-0 md:overflow-x-auto md:pb-2"
          >
            {data.articles.map((article) => (
              <ArticleColumn
                key={article.id}
                article={article}
                swatches={swatches}
                sentences={sentencesOf.get(article.id)}
                marks={marksOf.get(article.id)}
                referenceOutlet={reference?.outlet.name}
                linkFor={(q) => {
                  if (!q.groupId) return null;
                  const number = groupNumber.get(q.groupId);
                  if (number !== undefined) {
                    return {
                      href: `#${groupAnchor(q.groupId)}`,
                      description: "compare its wordings",
                      note: String(number),
                    };
                  }
                  if (inPage.has(q.groupId))
                    return { href: `#${groupAnchor(q.groupId)}`, description: "only this outlet quotes it" };
                  return {
                    href: `/stories/${story.id}#${groupAnchor(q.groupId)}`,
                    description: "see it in the story",
                  };
                }}
              />
            ))}
          </div>
        </CompareWorkspace>
      </Section>
    </>
  );
}
