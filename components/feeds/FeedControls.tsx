import { changeFeedAction } from "@/app/feeds/actions";
import { buttonClass } from "@/components/ui/button";

/**
 * An editor's buttons on one feed: pause or resume, and remove behind a confirmation (a <details>, so it needs
 * no JavaScript). Plain forms posting to a server action.
 */
export function FeedControls({ feedId, active, url }: { feedId: string; active: boolean; url: string }) {
  return (
    <div className="flex flex-wrap items-start gap-2" data-testid="feed-controls">
      <form action={changeFeedAction}>
        <input type="hidden" name="id" value={feedId} />
        <input type="hidden" name="change" value={active ? "pause" : "resume"} />
        <button type="submit" className={buttonClass("secondary")}>
          {active ? "Pause" : "Resume"}
        </button>
      </form>
      <details className="group">
        <summary className={`${buttonClass("secondary")} cursor-pointer list-none`}>Remove</summary>
        <form
          action={changeFeedAction}
          className="mt-2 max-w-sm space-y-2 rounded-lg border border-error-line bg-error-bg p-3 text-sm text-error-ink"
        >
          <input type="hidden" name="id" value={feedId} />
          <input type="hidden" name="change" value="remove" />
          <p>
            Stop following <span className="break-all">{url}</span> and forget its history? Articles it
            brought in stay. To stop it for a while, pause it instead.
          </p>
          <button type="submit" className={buttonClass("secondary", "border-error-ink text-error-ink")}>
            Remove this feed
          </button>
        </form>
      </details>
    </div>
  );
}
