import "server-only";
import { getDb, getOutletProfileRow, type OutletProfileRow } from "@/lib/db";
import { readOutletType, type OutletFactKind, type OutletType } from "@/lib/outlets";
import { storyIdentity, type StoryIdentityView } from "../shapers/story-identity";

/** Stories an outlet profile lists, and how many of the outlet's newest articles it reads to find them. */
export const OUTLET_PROFILE_STORIES = 30;
const OUTLET_PROFILE_ARTICLES = 1_000;

/** One profile fact as a page shows it: the stored value and, when recorded, who says so and as of when. */
export interface OutletFactView {
  /** Stored form: an ISO country code, language codes joined by a space, or a scheme type. */
  value: string;
  /** Null when the value was stored without a source (the demo corpus's countries, say). */
  source: string | null;
  sourceUrl: string | null;
  /** YYYY-MM-DD, the date the source gives. */
  asOf: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
}

export interface OutletProfileView {
  slug: string;
  name: string;
  domain: string | null;
  demo: boolean;
  country: string | null;
  languages: string[];
  type: OutletType | null;
  facts: Partial<Record<OutletFactKind, OutletFactView>>;
  articleCount: number;
  stories: (StoryIdentityView & { id: string; articleCount: number; ownArticles: number; demo: boolean })[];
  moreStories: boolean;
  /** When a fact last changed, for the page's "updated" line. */
  factsUpdatedAt: string | null;
}

function factView(
  row: OutletProfileRow,
  kind: OutletFactKind,
  value: string | null,
): OutletFactView | undefined {
  if (!value) return undefined;
  const fact = row.facts.find((f) => f.kind === kind);
  return {
    value,
    source: fact?.source ?? null,
    sourceUrl: fact?.sourceUrl ?? null,
    asOf: fact ? fact.asOf.toISOString().slice(0, 10) : null,
    recordedBy: fact?.recordedBy ?? null,
    recordedAt: fact ? fact.recordedAt.toISOString() : null,
  };
}

/** An outlet's profile page: its facts with their sources and its stories; null for an unknown slug. */
export async function getOutletProfile(slug: string): Promise<OutletProfileView | null> {
  const row = await getOutletProfileRow(await getDb(), slug, {
    storyLimit: OUTLET_PROFILE_STORIES,
    maxArticles: OUTLET_PROFILE_ARTICLES,
  });
  if (!row) return null;
  return {
    slug: row.slug,
    name: row.name,
    domain: row.domain,
    demo: row.demo,
    country: row.country,
    languages: row.languages ? row.languages.split(" ").filter(Boolean) : [],
    type: row.ownershipType ? readOutletType(row.ownershipType) : null,
    facts: Object.fromEntries(
      (
        [
          ["country", factView(row, "country", row.country)],
          ["languages", factView(row, "languages", row.languages)],
          ["type", factView(row, "type", row.ownershipType)],
        ] as const
      ).filter(([, view]) => view !== undefined),
    ),
    articleCount: row.articleCount,
    stories: row.stories.map(({ story, ownArticles }) => ({
      id: story.id,
      ...storyIdentity(story),
      articleCount: story.articleCount,
      ownArticles,
      demo: story.demo,
    })),
    moreStories: row.moreStories,
    factsUpdatedAt: row.factsUpdatedAt?.toISOString() ?? null,
  };
}
