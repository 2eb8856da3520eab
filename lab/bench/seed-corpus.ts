import {
  addToStoryProfile,
  profileDocument,
  storyIndexKeys,
  storyTitle,
  type DocumentProfile,
  type StoryProfile,
} from "@/lib/cluster";
import { groupQuotations } from "@/lib/compare";
import { contentHash, words } from "@/lib/text";
import type { SeedArticleRow, SeedOutletRow, SeedQuotationRow, SeedRows, SeedVersionRow } from "./seed-rows";
import { seededRandom } from "./random";
import { syntheticNews } from "./synthetic-news";

/*
 * A generated archive for the web benchmark, as rows ingest would have written: the synthetic news stream of
 * the clustering benchmark (many concurrent events on shared topics, skewed sizes), each event one story of at
 * most `maxStorySize` articles from different outlets, each article quoting its event's speaker in two
 * paragraphs (verbatim, truncated or reworded, so quote groups have variants), every sixth article with an
 * earlier version. Quote groups come from lib/compare and story titles, profiles and index keys from
 * lib/cluster, exactly as ingest computes them. One shortcut, for speed (full analysis costs ~6 ms an article):
 * each story's lead article is profiled and its members share that profile. No page reads profiles; only
 * clustering of new articles does. Deterministic: the same options give the same rows.
 */

export interface SeedCorpusOptions {
  articles: number;
  seed?: number;
  /** Articles a story has at most; a larger event continues in a new story. */
  maxStorySize?: number;
  /** Articles a batch holds at least (a batch is whole stories). */
  batchArticles?: number;
}

export interface SeedCorpusSummary {
  articles: number;
  stories: number;
  quotations: number;
  quoteGroups: number;
  versions: number;
  /** Stories by article count. */
  storySizes: Map<number, { count: number; firstId: string }>;
  /** Document frequencies for TermStat, as the stored profiles imply. */
  termFrequencies: Map<string, number>;
}

const OUTLET_NAMES = [
  "The Harbour Daily",
  "Coast FM",
  "Lisvard Post",
  "Northern Ledger",
  "The Evening Signal",
  "Meridian Wire",
  "Daily Compass",
  "The Civic Review",
  "Valley Herald",
  "Riverside Times",
  "The Morning Courier",
  "Capital Bulletin",
  "Eastgate News",
  "The Weekly Lantern",
  "Summit Radio",
  "Old Town Gazette",
  "Brightwater Journal",
  "The Night Desk",
  "Lakeside Observer",
  "Metro Record",
  "The Plain Dealer Review",
  "Westmark Standard",
  "Harbourline",
  "The Citizen Wire",
];

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The outlets every generated article comes from. */
export function seedOutlets(seed = 1): SeedOutletRow[] {
  return OUTLET_NAMES.map((name, i) => ({
    id: `seed${seed}o${i}`,
    slug: slugOf(name),
    name,
    domain: `${slugOf(name)}.example`,
    country: i % 3 === 0 ? "GB" : i % 3 === 1 ? "US" : "IE",
    language: "en",
  }));
}

interface SourceDoc {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
}

interface OpenStory {
  ordinal: number;
  docs: SourceDoc[];
  lastDay: number;
}

const ARTICLES_PER_DAY = 500;

/** Generated stories in batches of whole stories, and a summary once the stream is exhausted. */
export function* seedCorpus(options: SeedCorpusOptions): Generator<SeedRows, SeedCorpusSummary> {
  const seed = options.seed ?? 1;
  const maxStorySize = Math.max(1, options.maxStorySize ?? 40);
  const batchArticles = Math.max(1, options.batchArticles ?? 1_000);
  const outlets = seedOutlets(seed);
  const summary: SeedCorpusSummary = {
    articles: 0,
    stories: 0,
    quotations: 0,
    quoteGroups: 0,
    versions: 0,
    storySizes: new Map(),
    termFrequencies: new Map(),
  };
  const open = new Map<string, OpenStory>();
  let batch = emptyRows();
  let batchSize = 0;
  let storyOrdinal = 0;

  const close = (story: OpenStory): SeedRows | null => {
    addStory(batch, story, { seed, outlets, summary });
    batchSize += story.docs.length;
    if (batchSize < batchArticles) return null;
    const full = batch;
    batch = emptyRows();
    batchSize = 0;
    return full;
  };

  let n = 0;
  for (const doc of syntheticNews({ articles: options.articles, seed, articlesPerDay: ARTICLES_PER_DAY })) {
    const day = Math.floor(n++ / ARTICLES_PER_DAY);
    let story = open.get(doc.gold);
    if (story && story.docs.length >= maxStorySize) {
      open.delete(doc.gold);
      const full = close(story);
      if (full) yield full;
      story = undefined;
    }
    if (!story) {
      story = { ordinal: storyOrdinal++, docs: [], lastDay: day };
      open.set(doc.gold, story);
    }
    story.docs.push({ id: doc.id, title: doc.title, text: doc.text, publishedAt: doc.publishedAt ?? "" });
    story.lastDay = day;
    // The generator retires an event a week after it starts: a story quiet for 8 days is complete.
    for (const [gold, candidate] of open) {
      if (day - candidate.lastDay <= 8) continue;
      open.delete(gold);
      const full = close(candidate);
      if (full) yield full;
    }
  }
  for (const story of open.values()) {
    const full = close(story);
    if (full) yield full;
  }
  if (batchSize > 0) yield batch;
  return summary;
}

function emptyRows(): SeedRows {
  return {
    articles: [],
    versions: [],
    stories: [],
    memberships: [],
    quoteGroups: [],
    quotations: [],
    storyKeys: [],
  };
}

interface StoryContext {
  seed: number;
  outlets: SeedOutletRow[];
  summary: SeedCorpusSummary;
}

/** A quotation paragraph: `"<utterance>," <speaker> said.` with the offsets findQuotations reports. */
interface QuoteParagraph {
  paragraph: string;
  text: string;
  speaker: string;
  /** Offsets inside the paragraph. */
  start: number;
  end: number;
  speakerStart: number;
  speakerEnd: number;
}

function quoteParagraph(utterance: string, speaker: string): QuoteParagraph {
  const paragraph = `"${utterance}," ${speaker} said.`;
  const speakerStart = utterance.length + 4;
  return {
    paragraph,
    text: utterance,
    speaker,
    start: 1,
    end: 1 + utterance.length,
    speakerStart,
    speakerEnd: speakerStart + speaker.length,
  };
}

/** How outlet number `variant` words an utterance: verbatim, truncated, or with one word changed. */
function variantOf(utterance: string, variant: number, random: () => number): string {
  const tokens = utterance.split(" ");
  if (variant % 4 === 1 && tokens.length > 8)
    return tokens
      .slice(0, tokens.length - 3)
      .join(" ")
      .replace(/[,;:]+$/, "");
  if (variant % 4 === 2 && tokens.length > 4) {
    const at = 1 + Math.floor(random() * (tokens.length - 2));
    tokens[at] = tokens[at] === "the" ? "that" : "the";
    return tokens.join(" ");
  }
  return utterance;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/\n\n|(?<=\.) (?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function addStory(rows: SeedRows, story: OpenStory, context: StoryContext): void {
  const { seed, outlets, summary } = context;
  const random = seededRandom(seed * 1_000_003 + story.ordinal);
  const storyId = `seed${seed}s${story.ordinal}`;
  const lead = story.docs[0] as SourceDoc;
  // The event's speaker is the lead's first-named person; its utterances are sentences of the lead report.
  const speaker = lead.title.split(" ").slice(0, 2).join(" ");
  const leadSentences = sentencesOf(lead.text);
  const utterances = [2, 4, 6].map((i) =>
    (leadSentences[i % leadSentences.length] ?? lead.title).replace(/"/g, "").replace(/[.,;:]+$/, ""),
  );
  // Profiled without document frequencies (uniform IDF): looking them up needs a second analysis pass.
  const leadProfile: DocumentProfile = profileDocument(
    { id: lead.id, title: lead.title, text: lead.text, publishedAt: lead.publishedAt, language: "en" },
    { documentCount: summary.articles, documentFrequency: {} },
  );
  const leadTerms = Object.keys(leadProfile.terms);
  let storyProfile: StoryProfile | null = null;
  const quotes: Parameters<typeof groupQuotations>[0] = [];
  const quotationRows = new Map<string, SeedQuotationRow>();

  story.docs.forEach((doc, index) => {
    const outlet = outlets[(story.ordinal * 5 + index) % outlets.length] as SeedOutletRow;
    const articleId = `seed${seed}a${doc.id.slice(1)}`;
    const publishedAt = new Date(doc.publishedAt);
    const fetchedAt = new Date(publishedAt.getTime() + 10 * 60_000 + index * 1_000);
    const sentences = sentencesOf(doc.text);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(" "));
    const quoted = [index % 3, (index + 1) % 3].map((u, k) =>
      quoteParagraph(variantOf(utterances[u] as string, index + k, random), speaker),
    );
    paragraphs.splice(Math.min(1, paragraphs.length), 0, (quoted[0] as QuoteParagraph).paragraph);
    paragraphs.splice(Math.min(4, paragraphs.length), 0, (quoted[1] as QuoteParagraph).paragraph);
    const text = paragraphs.join("\n\n");
    const hash = contentHash(text);
    const versioned = index % 6 === 5;
    const versionId = `${articleId}v${versioned ? 2 : 1}`;
    const modifiedAt = versioned ? new Date(fetchedAt.getTime() + 3 * 3_600_000) : null;
    const byline = `${outlet.name} staff`;

    const article: SeedArticleRow = {
      id: articleId,
      outletId: outlet.id,
      sourceUrl: `https://${outlet.domain}/news/${doc.id}`,
      canonicalUrl: `https://${outlet.domain}/news/${doc.id}`,
      title: doc.title,
      byline,
      publishedAt,
      language: "en",
      text,
      contentHash: hash,
      wordCount: words(text).length,
      profile: leadProfile,
      modifiedAt,
      versionCount: versioned ? 2 : 1,
      lastFetchedAt: modifiedAt ?? fetchedAt,
      lastChangedAt: modifiedAt,
      ingestedAt: fetchedAt,
    };
    rows.articles.push(article);
    const versions: SeedVersionRow[] = [];
    if (versioned) {
      // The first version lacked the last paragraph and had a shorter headline: a stealth edit.
      const earlier = paragraphs.slice(0, -1).join("\n\n");
      versions.push({
        id: `${articleId}v1`,
        articleId,
        version: 1,
        title: doc.title.split(":")[0] ?? doc.title,
        byline,
        text: earlier,
        contentHash: contentHash(earlier),
        modifiedAt: null,
        fetchedAt,
      });
    }
    versions.push({
      id: versionId,
      articleId,
      version: versioned ? 2 : 1,
      title: doc.title,
      byline,
      text,
      contentHash: hash,
      modifiedAt,
      fetchedAt: modifiedAt ?? fetchedAt,
    });
    rows.versions.push(...versions);
    summary.versions += versions.length;

    let offset = 0;
    for (const paragraph of paragraphs) {
      const quote = quoted.find((q) => q.paragraph === paragraph);
      if (quote) {
        const id = `${articleId}q${quotationRows.size}`;
        quotationRows.set(id, {
          id,
          articleId,
          versionId,
          text: quote.text,
          start: offset + quote.start,
          end: offset + quote.end,
          speaker: quote.speaker,
          speakerStart: offset + quote.speakerStart,
          speakerEnd: offset + quote.speakerEnd,
          cue: "said",
          kind: "direct",
          groupId: null,
        });
        quotes.push({
          id,
          articleId,
          outlet: outlet.name,
          publishedAt: doc.publishedAt,
          text: quote.text,
          start: offset + quote.start,
          end: offset + quote.end,
          speaker: quote.speaker,
        });
      }
      offset += paragraph.length + 2;
    }

    storyProfile = addToStoryProfile(storyProfile, { ...leadProfile, publishedAt: doc.publishedAt });
    rows.memberships.push({
      id: `${articleId}m`,
      storyId,
      articleId,
      score: index === 0 ? 1 : Math.round((0.55 + random() * 0.4) * 1000) / 1000,
      reasons: {
        sharedTerms: index === 0 ? [] : leadTerms.slice(0, 5),
        sharedEntities: index === 0 ? [] : leadProfile.entities.slice(0, 3),
      },
      createdAt: fetchedAt,
    });
    for (const term of leadTerms)
      summary.termFrequencies.set(term, (summary.termFrequencies.get(term) ?? 0) + 1);
    summary.articles++;
  });

  const groups = groupQuotations(quotes, { maxQuotes: 2_000 });
  groups.forEach((group, i) => {
    const groupId = `${storyId}g${i}`;
    rows.quoteGroups.push({
      id: groupId,
      storyId,
      key: group.key,
      speaker: group.speaker,
      referenceQuotationId: group.variants[0]?.id ?? null,
      variantCount: group.variants.length,
      createdAt: rows.articles[rows.articles.length - 1]?.ingestedAt ?? new Date(0),
    });
    for (const variant of group.variants) {
      const row = quotationRows.get(variant.id);
      if (row) row.groupId = groupId;
    }
  });
  rows.quotations.push(...quotationRows.values());

  const dates = story.docs.map((d) => new Date(d.publishedAt).getTime()).sort((a, b) => a - b);
  const first = new Date(dates[0] ?? 0);
  const last = new Date(dates[dates.length - 1] ?? 0);
  const finalProfile = storyProfile as unknown as StoryProfile;
  rows.stories.push({
    id: storyId,
    title: storyTitle(story.docs.map((d) => ({ title: d.title, publishedAt: d.publishedAt }))),
    language: "en",
    articleCount: story.docs.length,
    firstPublishedAt: first,
    lastPublishedAt: last,
    profile: finalProfile,
    createdAt: new Date(first.getTime() + 10 * 60_000),
  });
  const postedAt = new Date(last.getTime() + 10 * 60_000);
  for (const key of new Set(storyIndexKeys(finalProfile))) rows.storyKeys.push({ key, storyId, postedAt });

  summary.stories++;
  summary.quotations += quotationRows.size;
  summary.quoteGroups += groups.length;
  const size = summary.storySizes.get(story.docs.length);
  if (size) size.count++;
  else summary.storySizes.set(story.docs.length, { count: 1, firstId: storyId });
}
