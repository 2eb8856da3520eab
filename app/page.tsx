import type { Metadata } from "next";
import Link from "next/link";
import { isAppError } from "@/lib/errors";
import {
  isFiltered,
  readStoryListQuery,
  searchStories,
  storyFilterChoices,
  storyListParams,
  type StoryListQuery,
  type StorySearchResult,
} from "@/lib/views";
import { CursorPagination } from "@/components/search/CursorPagination";
import { StorySearchForm } from "@/components/search/StorySearchForm";
import { StoryListItem } from "@/components/story/StoryListItem";
import { DEMO_LIST_NOTE } from "@/components/demo/demo-notice";
import { FollowLinks, feedAlternates } from "@/components/follow/FollowLinks";
import { DemoCorpusPanel } from "@/components/demo/DemoCorpusPanel";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonClass } from "@/components/ui/button";
import { countAtLeast } from "@/components/ui/format";

/** The list's feeds follow its search and filters (cursors left out: a feed is always the first page). */
export async function generateMetadata({ searchParams }: PageProps<"/">): Promise<Metadata> {
  const { query } = readStoryListQuery(await searchParams, "lenient");
  return {
    title: { absolute: "Stories · Parallax" },
    alternates: feedAlternates("", feedQuery(query)),
  };
}

const feedQuery = (query: StoryListQuery) =>
  storyListParams(query, { after: undefined, before: undefined }).toString();

const href = (params: URLSearchParams) => (params.size > 0 ? `/?${params}` : "/");

export default async function StoriesPage({ searchParams }: PageProps<"/">) {
  const params = await searchParams;
  const { query, problems } = readStoryListQuery(params, "lenient");
  const typed = (value: unknown) => (typeof value === "string" ? value.trim().slice(0, 10) : undefined);
  const choices = await storyFilterChoices();

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Parallax"
        title="Stories"
        description="Each story gathers reports of one event from different outlets. Open one to see who quoted whom, in which words, and what each outlet left out."
      />
      <DemoCorpusPanel justRemoved={params.demo === "removed"} />
      <StorySearchForm
        query={query}
        outlets={choices.outlets}
        languages={choices.languages}
        countries={choices.countries}
        outletTypes={choices.outletTypes}
        problems={problems}
        typedDates={{ from: typed(params.from), to: typed(params.to) }}
      />

      {/* Rendered in the page, not streamed behind Suspense: streamed results need JavaScript to show, and the
          list must work without it (a plain GET form). The list answers in tens of milliseconds. */}
      <StoryResults query={query} />
      <footer className="flex flex-wrap items-baseline justify-between gap-3 border-t border-line pt-4">
        <FollowLinks basePath="" query={feedQuery(query)} />
        <Link
          href="/archive"
          className="text-sm font-semibold text-accent underline underline-offset-4"
          data-testid="archive-link"
        >
          Browse the news by day
        </Link>
      </footer>
    </div>
  );
}

async function StoryResults({ query }: { query: StoryListQuery }) {
  let result: StorySearchResult;
  try {
    result = await searchStories(query);
  } catch (error) {
    // A stale or hand-edited page cursor: say so and offer the first page of the same search.
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    return (
      <EmptyState
        title="This page of results no longer exists"
        actions={
          <Link
            href={href(storyListParams(query, { after: undefined, before: undefined }))}
            className={buttonClass("secondary")}
          >
            Go to the first page
          </Link>
        }
      >
        {error.message}
      </EmptyState>
    );
  }
  const filtered = isFiltered(query);
  const { items } = result;
  // "1,000+ stories" past the count's cap (lib/db/search: counting every match would cost more than the page).
  const total = countAtLeast(result.total, result.totalIsCapped, "story", "stories");
  const firstPage = href(storyListParams(query, { after: undefined, before: undefined }));

  return (
    <div className="space-y-6">
      {filtered ? (
        <div
          className="flex flex-wrap items-baseline justify-between gap-2"
          role="status"
          data-testid="search-summary"
        >
          <p className="text-sm text-muted">
            {total}
            {query.q ? (
              <>
                {" "}
                matching <strong className="text-ink">“{query.q}”</strong>
              </>
            ) : (
              " match the filters"
            )}
          </p>
          <Link href="/" className="text-sm font-semibold text-accent underline underline-offset-4">
            Clear search and filters
          </Link>
        </div>
      ) : null}

      {items.some((story) => story.demo) ? (
        <p className="text-sm text-muted" data-testid="demo-list-note">
          {DEMO_LIST_NOTE}
        </p>
      ) : null}

      {items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No stories match"
            actions={
              <Link href="/" className={buttonClass("secondary")}>
                Show all stories
              </Link>
            }
          >
            {query.q
              ? `Nothing in the articles or quotations matches “${query.q}” with these filters. Try fewer or different words, or remove a filter.`
              : "No story passes these filters. Remove one to see more."}
          </EmptyState>
        ) : query.after || query.before ? (
          <EmptyState
            title="No stories on this page"
            actions={
              <Link href="/" className={buttonClass("secondary")}>
                Back to the first page
              </Link>
            }
          />
        ) : (
          <EmptyState
            title="No stories yet"
            actions={
              <Link href="/ingest" className={buttonClass("primary")}>
                Add an article
              </Link>
            }
          >
            Add articles (a saved web page or pasted text) and Parallax will group the ones about the same
            event into stories and compare their quotations.
          </EmptyState>
        )
      ) : (
        <ol
          className="space-y-4"
          aria-label={query.sort === "covered" ? "Stories, most covered first" : "Stories, most recent first"}
        >
          {items.map((story) => (
            <StoryListItem key={story.id} story={story} />
          ))}
        </ol>
      )}

      <CursorPagination
        prevHref={
          result.prev ? href(storyListParams(query, { after: undefined, before: result.prev })) : null
        }
        nextHref={
          result.next ? href(storyListParams(query, { before: undefined, after: result.next })) : null
        }
        prevLabel={query.sort === "covered" ? "More covered" : "Newer"}
        nextLabel={query.sort === "covered" ? "Less covered" : "Older"}
        summary={
          query.after || query.before
            ? `${total} in all`
            : `First ${Math.min(items.length, query.limit)} of ${total}`
        }
      />
      {query.after || query.before ? (
        <p className="text-center text-sm">
          <Link href={firstPage} className="font-semibold text-accent underline underline-offset-4">
            Back to the first page
          </Link>
        </p>
      ) : null}
    </div>
  );
}
