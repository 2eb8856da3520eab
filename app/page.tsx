import type { Metadata } from "next";
import Link from "next/link";
import { DEMO_NOTICE } from "@/lib/demo";
import { listStories } from "@/lib/views";
import { StoryListItem } from "@/components/story/StoryListItem";
import { EmptyState } from "@/components/ui/EmptyState";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { buttonClass } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { storyListSearchSchema } from "./_lib/params";

export const metadata: Metadata = {
  title: { absolute: "Stories · Parallax" },
};

const PAGE_SIZE = 20;

export default async function StoriesPage({ searchParams }: PageProps<"/">) {
  const { q, page } = storyListSearchSchema.parse(await searchParams);
  const { items, total } = await listStories({
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
    query: q ?? null,
  });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <Notice tone="warn" className="max-w-none">
        {DEMO_NOTICE}
      </Notice>

      <PageHeader
        eyebrow="Parallax"
        title="Stories"
        description="Each story gathers reports of one event from different outlets. Open one to see who quoted whom, in which words, and what each outlet left out."
        actions={
          <form role="search" action="/" method="get" className="flex w-full gap-2 md:w-auto">
            <label htmlFor="story-search" className="sr-only">
              Search stories
            </label>
            <input
              id="story-search"
              type="search"
              name="q"
              defaultValue={q ?? ""}
              placeholder="Search headlines…"
              maxLength={200}
              className="min-w-0 flex-1 rounded-md border border-line-strong bg-surface px-3 py-2 text-sm placeholder:text-muted md:w-72"
            />
            <button type="submit" className={buttonClass("secondary")}>
              Search
            </button>
          </form>
        }
      />

      {q ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2" role="status">
          <p className="text-sm text-muted">
            {plural(total, "story", "stories")} matching <strong className="text-ink">“{q}”</strong>
          </p>
          <Link href="/" className="text-sm font-semibold text-accent underline underline-offset-4">
            Clear search
          </Link>
        </div>
      ) : null}

      {items.length === 0 ? (
        q ? (
          <EmptyState
            title="No stories match your search"
            actions={
              <Link href="/" className={buttonClass("secondary")}>
                Show all stories
              </Link>
            }
          >
            Nothing in the story or article headlines matches “{q}”. Try fewer or different words.
          </EmptyState>
        ) : page > 1 ? (
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
        <ol className="space-y-4" aria-label="Stories, most recent first">
          {items.map((story) => (
            <StoryListItem key={story.id} story={story} />
          ))}
        </ol>
      )}

      <Pagination page={page} pageCount={pageCount} basePath="/" params={{ q }} />
    </div>
  );
}
