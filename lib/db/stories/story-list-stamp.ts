import "server-only";
import type { Db } from "../client";

/**
 * A cheap fingerprint of what the story list shows: the newest change to any story row. Clustering rewrites a
 * story's row whenever a member joins or leaves (its title, counts, dates and outlets are kept there), edits and
 * merges update it, and stories are never deleted, so any change to the list moves this. One index lookup
 * (Story.updatedAt is indexed): it runs before every cached list page is served.
 */
export async function getStoryListStamp(db: Db): Promise<string> {
  const [stories, outlets] = await Promise.all([
    db.story.aggregate({ _max: { updatedAt: true } }),
    // The coverage line counts outlets' countries and types: an edited profile changes the list too.
    db.outlet.aggregate({ _max: { factsUpdatedAt: true } }),
  ]);
  const updated = stories._max.updatedAt;
  const facts = outlets._max.factsUpdatedAt;
  return updated ? `${updated.getTime()}${facts ? `.${facts.getTime()}` : ""}` : "empty";
}
