import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { DemoNotice } from "@/components/demo/DemoNotice";
import { demoNoticeFor } from "@/components/demo/demo-notice";
import { CopyLinkButton } from "@/components/share/CopyLinkButton";
import { ShareableQuoteGroup } from "@/components/share/ShareableQuoteGroup";
import { socialMetadata } from "@/components/share/social-metadata";
import { CoverageList } from "@/components/story/CoverageList";
import { describeCoverage } from "@/lib/outlets";
import { CoverageTimeline } from "@/components/story/CoverageTimeline";
import { QuoteMatrix } from "@/components/story/QuoteMatrix";
import { FollowLinks, feedAlternates } from "@/components/follow/FollowLinks";
import { StoryEditorPanel } from "@/components/editor/StoryEditorPanel";
import { FramingSection } from "@/components/story/FramingSection";
import { DiffLegend, OneOutletQuotes } from "@/components/story/QuoteGroupCard";
import { StoryExportLinks } from "@/components/story/StoryExportLinks";
import { StoryTitleSource } from "@/components/story/StoryTitleSource";
import { Disclosure } from "@/components/ui/Disclosure";
import { OpenHashTarget } from "@/components/ui/OpenHashTarget";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { EmptyState } from "@/components/ui/EmptyState";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { buttonClass } from "@/components/ui/button";
import { formatDateRange, plural } from "@/components/ui/format";
import { assignSwatches } from "@/components/ui/swatches";
import { quotationAnchor } from "@/components/article/ArticleText";
import { findMergedStory } from "@/lib/views";
import { loadStory } from "../../_lib/loaders";
import { parseId, storySearchSchema } from "../../_lib/params";

const MENU_LINK = "font-semibold text-accent underline-offset-4 hover:underline";
/** Quotation cards shown before the rest fold into a disclosure: the page reads before it scrolls. */
const SHARED_SHOWN = 5;

export async function generateMetadata({ params }: PageProps<"/stories/[id]">): Promise<Metadata> {
  const id = parseId((await params).id);
  const story = id ? await loadStory(id) : null;
  if (!story) return { title: "Story not found" };
  const outlets = new Set(story.articles.map((a) => a.outlet.name)).size;
  return {
    ...(await socialMetadata({
      title: story.title,
      description: `${plural(story.articleCount, "article")} from ${plural(outlets, "outlet")} compared side by side: quotations, wording and omissions.`,
      path: `/stories/${story.id}`,
    })),
    alternates: feedAlternates(`/stories/${story.id}`),
  };
}

export default async function StoryPage({ params, searchParams }: PageProps<"/stories/[id]">) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const story = await loadStory(id);
  if (!story) {
    // A story clustering later found to be part of another keeps working as a link.
    const target = await findMergedStory(id);
    if (target) permanentRedirect(`/stories/${target}`);
    notFound();
  }
  const { added } = storySearchSchema.parse(await searchParams);
  const addedArticle = added ? story.articles.find((a) => a.id === added) : undefined;

  const outlets = [...new Set(story.articles.map((a) => a.outlet.name))];
  const coverage = describeCoverage(
    [...new Map(story.articles.map((a) => [a.outlet.id, a.outlet])).values()].map((o) => ({
      country: o.country,
      type: o.ownershipType ?? null,
    })),
  );
  const swatches = assignSwatches(outlets);
  const multi = story.quoteGroups.filter((g) => g.variants.length > 1);
  const varied = multi.filter((g) => g.wordings.length > 1);
  const single = story.quoteGroups.filter((g) => g.variants.length === 1);
  const range = formatDateRange(story.firstPublishedAt, story.lastPublishedAt);
  const canCompare = story.articles.length >= 2;
  // Folding a list saves nothing when only a couple of cards would go behind it.
  const sharedShown = multi.length <= SHARED_SHOWN + 2 ? multi.length : SHARED_SHOWN;
  const variantHref = (v: { articleId: string; quotationId: string }) =>
    `/articles/${v.articleId}#${quotationAnchor(v.quotationId)}`;

  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-8 sm:px-6 sm:py-10">
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: story.title }]} />

      {addedArticle ? (
        <Notice tone="ok" live title="Article added">
          “{addedArticle.title}” ({addedArticle.outlet.name}) is now part of this story.{" "}
          <Link href={`/articles/${addedArticle.id}`}>Open the article</Link>
        </Notice>
      ) : null}

      <DemoNotice notice={demoNoticeFor(story.articles, "story")} />

      <PageHeader
        eyebrow="Story"
        title={story.title}
        description={
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {story.titleByEditor || story.titleOutlet ? (
              <li className="w-full italic">
                <StoryTitleSource titleOutlet={story.titleOutlet} titleByEditor={story.titleByEditor} />
              </li>
            ) : null}
            <li>{plural(story.articleCount, "article")}</li>
            <li data-testid="story-coverage">{coverage}</li>
            {story.lineage.copies.length > 0 ? (
              <li data-testid="lineage-summary">
                {plural(story.lineage.articles, "article")} from{" "}
                {plural(story.lineage.sources, "independent source")}
              </li>
            ) : null}
            {range ? <li>{range}</li> : null}
            {canCompare ? (
              <>
                <li>{plural(varied.length, "quotation")} worded differently</li>
                <li>{plural(single.length, "quotation")} in one outlet only</li>
              </>
            ) : (
              <li>{plural(story.quoteGroups.length, "quotation")}</li>
            )}
          </ul>
        }
        actions={
          canCompare ? (
            <Link
              href={`/stories/${story.id}/compare`}
              className={buttonClass("primary")}
              data-testid="compare-link"
            >
              Compare side by side <span aria-hidden="true">→</span>
            </Link>
          ) : null
        }
      />
      <CopyLinkButton
        request={{ kind: "story", storyId: story.id }}
        what="this story"
        label="Copy link to this story"
      />
      <FollowLinks basePath={`/stories/${story.id}`} />
      <StoryEditorPanel
        storyId={story.id}
        title={story.title}
        titleByEditor={story.titleByEditor}
        articles={story.articles}
      />
      <OpenHashTarget />
      <nav
        aria-label="On this page"
        className="flex flex-wrap gap-x-5 gap-y-1 border-y border-line py-3 text-sm"
        data-testid="story-menu"
      >
        <a href="#coverage" className={MENU_LINK}>
          Coverage ({plural(story.articles.length, "article")})
        </a>
        <a href="#quotes" className={MENU_LINK}>
          Quotations ({story.quoteGroups.length.toLocaleString("en-GB")})
        </a>
        {canCompare ? (
          <a href="#framing" className={MENU_LINK}>
            Framing
          </a>
        ) : null}
        <a href="#export-heading" className={MENU_LINK}>
          Export
        </a>
      </nav>

      <Section
        id="coverage"
        title="Coverage"
        description="Every article in this story, in order of publication. “Why grouped” shows what each shares with the rest."
      >
        <CoverageTimeline articles={story.articles} copies={story.lineage.copies} />
        <CoverageList
          articles={story.articles}
          highlightId={addedArticle?.id}
          swatches={swatches}
          copies={story.lineage.copies}
        />
        {!canCompare ? (
          <Notice title="Only one article so far">
            Add another outlet&rsquo;s report of the same event and Parallax will compare them.{" "}
            <Link href="/ingest">Add an article</Link>
          </Notice>
        ) : null}
      </Section>

      <Section
        id="quotes"
        title="Quotations"
        description="The same words as each outlet reports them. The reference wording is the one most outlets share; the others are shown as differences from it."
      >
        {story.quoteGroups.length === 0 ? (
          <EmptyState title="No quotations found">
            None of the articles in this story quote anyone directly.
          </EmptyState>
        ) : null}
        <QuoteMatrix groups={story.quoteGroups} outlets={outlets} swatches={swatches} />
        {multi.length > 0 ? (
          <div className="space-y-4" data-testid="quote-panel">
            <h3 className="text-sm font-semibold tracking-[0.1em] text-muted uppercase">
              Quoted by several outlets ({multi.length.toLocaleString("en-GB")})
            </h3>
            {varied.length > 0 ? <DiffLegend /> : null}
            {multi.slice(0, sharedShown).map((group, index) => (
              <ShareableQuoteGroup
                storyId={story.id}
                key={group.id}
                group={group}
                number={index + 1}
                variantHref={variantHref}
                swatches={swatches}
              />
            ))}
            {multi.length > sharedShown ? (
              <Disclosure
                summary={`Show ${plural(multi.length - sharedShown, "more quotation")} quoted by several outlets`}
                testId="more-shared-quotes"
              >
                <div className="space-y-4">
                  {multi.slice(sharedShown).map((group, index) => (
                    <ShareableQuoteGroup
                      storyId={story.id}
                      key={group.id}
                      group={group}
                      number={sharedShown + index + 1}
                      variantHref={variantHref}
                      swatches={swatches}
                    />
                  ))}
                </div>
              </Disclosure>
            ) : null}
          </div>
        ) : story.quoteGroups.length > 0 ? (
          <p className="text-sm text-muted">No quotation appears in more than one outlet&rsquo;s report.</p>
        ) : null}
        <OneOutletQuotes groups={single} variantHref={variantHref} swatches={swatches} collapsed />
      </Section>
      {canCompare ? <FramingSection storyId={story.id} /> : null}
      <StoryExportLinks storyId={story.id} />
    </div>
  );
}
