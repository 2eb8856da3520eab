import { Skeleton } from "@/components/ui/Skeleton";

/** What the list shows while a search runs: card-shaped placeholders, announced once as loading. */
export function StoryListSkeleton({ count = 4 }: { count?: number }) {
  return (
    <div role="status" aria-live="polite" data-testid="story-list-loading" className="space-y-4">
      <span className="sr-only">Loading stories…</span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="space-y-3 rounded-xl border border-line bg-surface p-5 sm:p-6">
          <Skeleton className="h-7 w-3/4" />
          <Skeleton className="h-4 w-1/3" />
          <div className="flex gap-3">
            <Skeleton className="h-5 w-24" />
            <Skeleton className="h-5 w-20" />
            <Skeleton className="h-5 w-28" />
          </div>
        </div>
      ))}
    </div>
  );
}
