import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryListItem } from "@/components/story/StoryListItem";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { plural } from "@/components/ui/format";
import { getArchiveDay, MAX_DAY_STORIES } from "@/lib/views";
import { archiveDaySchema } from "../../_lib/params";

const LINK = "font-semibold text-accent underline underline-offset-4";

function longDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export async function generateMetadata({ params }: PageProps<"/archive/[day]">): Promise<Metadata> {
  const day = archiveDaySchema.safeParse((await params).day);
  return { title: day.success ? `News of ${longDay(day.data)}` : "Not a day" };
}

/** /archive/YYYY-MM-DD: the stories with articles published that day (UTC), most covered that day first. */
export default async function ArchiveDayPage({ params }: PageProps<"/archive/[day]">) {
  const parsed = archiveDaySchema.safeParse((await params).day);
  if (!parsed.success) notFound();
  const archive = await getArchiveDay(parsed.data);
  const dayNav = (
    <nav aria-label="Other days" className="flex justify-between gap-4 text-sm" data-testid="archive-nav">
      <Link href={`/archive/${archive.previousDay}`} className={LINK} rel="prev">
        <span aria-hidden="true">←</span> {longDay(archive.previousDay)}
      </Link>
      <Link href={`/archive/${archive.nextDay}`} className={LINK} rel="next">
        {longDay(archive.nextDay)} <span aria-hidden="true">→</span>
      </Link>
    </nav>
  );
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="A day's news"
        title={longDay(archive.day)}
        description="The stories with articles published this day (UTC), the most covered first."
      />
      {dayNav}
      {archive.stories.length === 0 ? (
        <EmptyState title="No coverage this day">
          No article in Parallax was published on {longDay(archive.day)}. Try the day before or after.
        </EmptyState>
      ) : (
        <ol
          className="space-y-4"
          aria-label="Stories, most covered that day first"
          data-testid="archive-stories"
        >
          {archive.stories.map((story) => (
            <StoryListItem
              key={story.id}
              note={`${plural(story.dayArticles, "article")} that day`}
              story={{
                id: story.id,
                title: story.title,
                titleOutlet: story.titleOutlet,
                titleByEditor: story.titleByEditor,
                articleCount: story.articleCount,
                // That day's outlets: the ones the count is about.
                outlets: story.dayOutlets,
                firstPublishedAt: story.firstPublishedAt,
                lastPublishedAt: story.lastPublishedAt,
                variantGroupCount: 0,
                demo: story.demo,
              }}
            />
          ))}
        </ol>
      )}
      {archive.more ? (
        <p className="text-sm text-muted">
          The {MAX_DAY_STORIES} most covered stories are shown; more had coverage this day.
        </p>
      ) : null}
      {dayNav}
    </div>
  );
}
