import Link from "next/link";
import type { StoryListItem as StoryListItemData } from "@/lib/views";
import { Badge } from "@/components/ui/Badge";
import { DEMO_LABEL } from "@/components/demo/demo-notice";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { formatDateRange, plural } from "@/components/ui/format";
import { assignSwatches } from "@/components/ui/swatches";
import { MatchSnippet } from "@/components/search/MatchSnippet";
import { StoryTitleSource } from "./StoryTitleSource";

const MAX_OUTLETS = 6;

/** `note`: a line about the story in this list's context (the archive's "3 articles that day"). */
export function StoryListItem({ story, note }: { story: StoryListItemData; note?: string }) {
  const range = formatDateRange(story.firstPublishedAt, story.lastPublishedAt);
  const shown = story.outlets.slice(0, MAX_OUTLETS);
  const more = story.outlets.length - shown.length;
  const swatches = assignSwatches(story.outlets);
  return (
    <li
      className="group relative rounded-xl border border-line bg-surface p-5 hover:border-line-strong sm:p-6"
      data-testid="story-item"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <h2 className="min-w-0 flex-1 basis-80 font-serif text-xl leading-snug font-semibold text-balance sm:text-2xl">
          {/* The stretched link makes the whole card clickable while keeping one link per story. */}
          <Link
            href={`/stories/${story.id}`}
            className="no-underline after:absolute after:inset-0 after:rounded-xl group-hover:underline group-hover:decoration-accent group-hover:underline-offset-4"
          >
            {story.title}
          </Link>
        </h2>
        {story.demo ? (
          <span className="relative" data-testid="demo-badge">
            <Badge tone="neutral" title="Fictional: part of Parallax's demo corpus">
              {DEMO_LABEL}
            </Badge>
          </span>
        ) : null}
        {story.variantGroupCount > 0 ? (
          <Badge tone="warn" title="Quotations that outlets word differently" className="relative">
            <span aria-hidden="true">≠</span> {plural(story.variantGroupCount, "quote variant")}
          </Badge>
        ) : null}
      </div>
      <p className="mt-2 text-sm text-muted">
        {story.titleOutlet || story.titleByEditor ? (
          <>
            <StoryTitleSource
              titleOutlet={story.titleOutlet}
              titleByEditor={story.titleByEditor}
              className="italic"
            />{" "}
            ·{" "}
          </>
        ) : null}
        {plural(story.articleCount, "article")} ·{" "}
        <span data-testid="story-coverage">{story.coverage ?? plural(story.outlets.length, "outlet")}</span>
        {range ? <> · {range}</> : null}
        {note ? (
          <>
            {" "}
            ·{" "}
            <strong className="text-ink" data-testid="story-item-note">
              {note}
            </strong>
          </>
        ) : null}
      </p>
      {shown.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5" aria-label="Outlets">
          {shown.map((outlet) => (
            <li key={outlet}>
              <OutletBadge name={outlet} swatch={swatches.get(outlet)} />
            </li>
          ))}
          {more > 0 ? <li className="text-xs font-semibold text-muted">+{more} more</li> : null}
        </ul>
      ) : null}
      {story.match ? <MatchSnippet match={story.match} /> : null}
    </li>
  );
}
