import {
  addToStoryProfile,
  advanceClock,
  eligibleCandidates,
  clusterStep,
  indexKeys,
  InMemoryStoryIndex,
  storyIndexKeys,
  type DocumentProfile,
  type StoryProfile,
} from "@/lib/cluster";
import type { MembershipEvidence } from "@/lib/domain";

/** An article as reclustering reads it, in clustering order (publishedAt, then id). */
export interface PlanArticle {
  id: string;
  profile: unknown;
  /** The story it is in now (null: none). */
  storyId: string | null;
  setByEditor: boolean;
}

export interface PlannedMembership extends MembershipEvidence {
  articleId: string;
  /** An existing story id, or "new:<n>" for a story to create. */
  storyId: string;
}

export interface ReclusterPlan {
  /** Automatic placements (editor-placed articles are not listed: they stay where they are). */
  memberships: PlannedMembership[];
  /** Stories to create, by their "new:<n>" key, with the first member (for a provisional headline). */
  newStories: { key: string; firstArticleId: string }[];
  /** Stories that end up with no article: fold each into the story that took most of its articles. */
  retired: { storyId: string; intoStoryId: string }[];
  /** Stories whose members change (existing ids and new keys), in a stable order. */
  touched: string[];
}

export interface PlanOptions {
  /** Candidate stories scored per article (the app's ingest uses 15). */
  maxCandidates?: number;
  /** Stories kept under one index key. */
  maxPostingsPerKey?: number;
  /** The present (ms since the epoch; default now): the dormancy clock never runs past it. */
  now?: number;
}

/** Index hits read per candidate wanted, as the app's lookup and the in-memory clusterer read them. */
const CANDIDATE_POOL = 4;

function isDocumentProfile(value: unknown): value is DocumentProfile {
  return typeof value === "object" && value !== null && "terms" in value && "entities" in value;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Replays automatic clustering over every article, in order, with the app's engine (index keys → candidates
 * the eligibility rule allows → clusterStep, merges included; the dormancy clock advances with the articles'
 * dates). Editor placements are fixed: their stories start seeded with them and are
 * never folded into another. Clusters are then matched to existing story ids by most shared articles, so links
 * survive; a story left empty is folded into the one that took most of its articles. Pure and deterministic.
 */
export function planRecluster(articles: readonly PlanArticle[], options: PlanOptions = {}): ReclusterPlan {
  const maxCandidates = options.maxCandidates ?? 15;
  const index = new InMemoryStoryIndex({ maxPostingsPerKey: options.maxPostingsPerKey ?? 100 });
  const profiles = new Map<string, StoryProfile>();
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };

  // Seeds: each story holding editor placements starts with (only) those articles.
  const fixed = new Set<string>();
  for (const article of articles) {
    if (!article.setByEditor || !article.storyId) continue;
    fixed.add(article.storyId);
    if (isDocumentProfile(article.profile))
      profiles.set(
        article.storyId,
        addToStoryProfile(profiles.get(article.storyId) ?? null, article.profile),
      );
  }
  for (const storyId of [...fixed].sort(byString)) {
    const profile = profiles.get(storyId);
    if (profile) index.post(storyId, storyIndexKeys(profile));
  }

  let created = 0;
  let clock: number | null = null;
  const now = options.now ?? Date.now();
  const placed: PlannedMembership[] = [];
  for (const article of articles) {
    if (isDocumentProfile(article.profile)) clock = advanceClock(clock, article.profile.publishedAt, now);
    if (article.setByEditor && article.storyId) continue;
    if (!isDocumentProfile(article.profile)) {
      // Nothing to match on: a story of its own, as ingest would make it.
      placed.push({
        articleId: article.id,
        storyId: `new:${++created}`,
        score: 0,
        sharedTerms: [],
        sharedEntities: [],
      });
      continue;
    }
    const candidates = eligibleCandidates(
      index.candidates(indexKeys(article.profile), maxCandidates * CANDIDATE_POOL),
      (storyId) => profiles.get(storyId),
      article.profile,
      clock,
      maxCandidates,
    );
    const step = clusterStep(article.profile, candidates, { keepApart: fixed, clock });
    const key = step.assignment.storyId ?? `new:${++created}`;
    for (const absorbed of step.absorbed) {
      parent.set(absorbed, key);
      profiles.delete(absorbed);
      index.remove(absorbed);
    }
    profiles.set(key, step.story);
    index.post(key, step.keys);
    placed.push({
      articleId: article.id,
      storyId: key,
      score: step.assignment.score,
      sharedTerms: step.assignment.sharedTerms,
      sharedEntities: step.assignment.sharedEntities,
    });
  }
  return assignStoryIds(
    articles,
    placed.map((m) => ({ ...m, storyId: find(m.storyId) })),
    fixed,
  );
}

/** Matches clusters to existing story ids (most shared articles first) and finds the stories left empty. */
function assignStoryIds(
  articles: readonly PlanArticle[],
  placed: PlannedMembership[],
  fixed: ReadonlySet<string>,
): ReclusterPlan {
  const current = new Map(articles.map((a) => [a.id, a.storyId]));
  const clusters = new Map<string, PlannedMembership[]>();
  for (const m of placed) clusters.set(m.storyId, [...(clusters.get(m.storyId) ?? []), m]);

  // Overlap between each cluster that is not a fixed story and each existing, non-fixed story.
  const overlaps: { cluster: string; storyId: string; shared: number; order: number }[] = [];
  let order = 0;
  for (const [cluster, members] of clusters) {
    order += 1;
    if (fixed.has(cluster)) continue;
    const counts = new Map<string, number>();
    for (const m of members) {
      const storyId = current.get(m.articleId);
      if (storyId && !fixed.has(storyId)) counts.set(storyId, (counts.get(storyId) ?? 0) + 1);
    }
    for (const [storyId, shared] of counts) overlaps.push({ cluster, storyId, shared, order });
  }
  overlaps.sort((a, b) => b.shared - a.shared || a.order - b.order || byString(a.storyId, b.storyId));
  const idOf = new Map<string, string>([...fixed].map((id) => [id, id]));
  const used = new Set<string>();
  for (const { cluster, storyId } of overlaps) {
    if (idOf.has(cluster) || used.has(storyId)) continue;
    idOf.set(cluster, storyId);
    used.add(storyId);
  }
  const newStories: ReclusterPlan["newStories"] = [];
  let created = 0;
  for (const [cluster, members] of clusters) {
    if (idOf.has(cluster)) continue;
    const key = `new:${++created}`;
    idOf.set(cluster, key);
    newStories.push({ key, firstArticleId: members[0]!.articleId });
  }

  const memberships = placed.map((m) => ({ ...m, storyId: idOf.get(m.storyId)! }));
  const finalStory = new Map<string, string>(articles.map((a) => [a.id, a.storyId ?? ""]));
  for (const m of memberships) finalStory.set(m.articleId, m.storyId);

  // Stories that held articles and now hold none: fold into the story that took most of them.
  const before = new Map<string, Map<string, number>>();
  for (const article of articles) {
    if (!article.storyId) continue;
    const to = finalStory.get(article.id)!;
    const tally = before.get(article.storyId) ?? new Map<string, number>();
    tally.set(to, (tally.get(to) ?? 0) + 1);
    before.set(article.storyId, tally);
  }
  const live = new Set(finalStory.values());
  const retired: ReclusterPlan["retired"] = [];
  for (const [storyId, tally] of [...before].sort(([a], [b]) => byString(a, b))) {
    if (live.has(storyId)) continue;
    const [intoStoryId] = [...tally].sort(([a, x], [b, y]) => y - x || byString(a, b))[0]!;
    retired.push({ storyId, intoStoryId });
  }

  const touched = new Set<string>();
  for (const m of memberships) {
    const was = current.get(m.articleId);
    if (was === m.storyId) continue;
    touched.add(m.storyId);
    if (was && live.has(was)) touched.add(was);
  }
  const changed = memberships.filter((m) => current.get(m.articleId) !== m.storyId);
  return { memberships: changed, newStories, retired, touched: [...touched].sort(byString) };
}
