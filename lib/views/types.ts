/*
 * Read models the views render: plain, serialisable data (dates as ISO strings) so server components can pass
 * them to client components unchanged.
 */
import type { ArticleDiffMarks, DiffOp, DiffStats, FramingSignals, VariantKind } from "@/lib/compare";
import type { MembershipEvidence, Quotation } from "@/lib/domain";

export interface OutletRef {
  id: string;
  name: string;
  slug: string;
  country: string | null;
  /** The outlet's type in docs/outlets.md's scheme, when a source gives one. */
  ownershipType?: string | null;
}

/**
 * Publication dates (`publishedAt`, `firstPublishedAt`, `lastPublishedAt`) are ISO 8601: a full instant when the
 * source gave a time, a date alone ("2018-03-04") when it gave only the day.
 */
export interface StoryListItem {
  id: string;
  title: string;
  /** The outlet whose headline is the automatic title ("… — via Reuters"); null when an editor named the story. */
  titleOutlet: string | null;
  /** An editor named the story: automatic refreshes keep the title. */
  titleByEditor: boolean;
  articleCount: number;
  outlets: string[];
  /** "3 outlets from 2 countries, 1 state-controlled" (lib/outlets describeCoverage). */
  coverage?: string;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  /** Quote groups with two or more variants: the same utterance worded differently across outlets. */
  variantGroupCount: number;
  /** Every article is from the fictional demo corpus (lib/demo). */
  demo: boolean;
  /** With a search: why the story matched (an excerpt with the matched words); absent without a search. */
  match?: StoryMatchView | null;
}

/** An excerpt of the text a search matched; `highlights` are [start, end) offsets into `text` (plain text). */
export interface StoryMatchView {
  source: "article" | "quotation" | "title";
  articleId: string | null;
  outlet: string | null;
  text: string;
  highlights: { start: number; end: number }[];
}

export interface MembershipView extends MembershipEvidence {
  setByEditor: boolean;
}

export interface StoryArticleView {
  id: string;
  title: string;
  outlet: OutletRef;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  wordCount: number;
  quotationCount: number;
  membership: MembershipView | null;
  /** A fictional article of the demo corpus. */
  demo: boolean;
}

export interface QuoteVariantView {
  quotationId: string;
  articleId: string;
  outlet: string;
  publishedAt: string | null;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  /** The speaker's role as this article gives it ("House Speaker"), shown beside the name. */
  role?: string | null;
  cue: string | null;
}

export interface QuoteGroupView {
  id: string;
  speaker: string | null;
  /** Reference variant first. */
  variants: QuoteVariantView[];
  diffs: { from: string; to: string; kind: VariantKind; ops: DiffOp[] }[];
  /** Distinct wordings and the articles sharing each. */
  wordings: { text: string; articleIds: string[] }[];
}

export interface StoryDetail {
  id: string;
  title: string;
  titleOutlet: string | null;
  titleByEditor: boolean;
  articleCount: number;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  articles: StoryArticleView[];
  quoteGroups: QuoteGroupView[];
  lineage: StoryLineageView;
  /** Every article is from the fictional demo corpus. */
  demo: boolean;
}

/** Wire lineage: which articles copy or lightly rewrite an earlier one, and how many sources are independent. */
export interface StoryLineageView {
  /** "N articles from M independent sources". */
  articles: number;
  sources: number;
  copies: {
    articleId: string;
    outlet: string;
    followsArticleId: string;
    followsOutlet: string;
    containment: number;
  }[];
}

/** A stored quotation as pages show it (lib/domain's Quotation, with the role and name evidence renamed). */
export interface QuotationView extends Pick<
  Quotation,
  "text" | "start" | "end" | "speaker" | "speakerStart" | "speakerEnd" | "cue"
> {
  id: string;
  /** What the text says the speaker is apart from the name ("House Speaker"): context, not the name. */
  speakerRole?: Quotation["role"];
  /** Where the shown name is written (the antecedent of "he"): its evidence. */
  speakerNameStart?: Quotation["nameStart"];
  speakerNameEnd?: Quotation["nameEnd"];
  groupId: string | null;
}

export interface CompareArticleView {
  id: string;
  title: string;
  outlet: OutletRef;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  text: string;
  quotations: QuotationView[];
  /** A fictional article of the demo corpus. */
  demo: boolean;
}

export interface CompareAlignmentRow {
  key: string;
  sentences: { articleId: string; text: string; start: number; end: number }[];
  missingFrom: string[];
  /** Quantities the row's sentences word differently, each against the row's first sentence. */
  figures: { fromArticleId: string; toArticleId: string; from: string; to: string }[];
}

/** One compared column's wording against the first column's (the reference for word marks). */
export interface ColumnMarks extends ArticleDiffMarks {
  articleId: string;
  referenceId: string;
}

/** What comparing a choice of a story's articles yields (the texts themselves aside). */
export interface ArticleComparison {
  /** The compared articles, in column order. */
  articleIds: string[];
  /** Only the groups with a variant in at least one compared article; variants limited to those articles. */
  quoteGroups: QuoteGroupView[];
  alignment: CompareAlignmentRow[];
  framing: FramingSignals;
  /** Every column but the first, marked against the first. */
  columnMarks: ColumnMarks[];
}

/** A story's cached comparison (StoryAnalysis.payload). */
export interface StoryComparisonPayload {
  /** All of the story's quote groups, as the story page and export show them. */
  quoteGroups: QuoteGroupView[];
  /** Framing signals of the story's articles (the earliest 100 of a larger story). */
  framing: FramingSignals;
  /** The compare view with no articles chosen: the story's first four. */
  defaultCompare: ArticleComparison;
}

export interface StoryComparison extends StoryComparisonPayload {
  /** Hash of the algorithm version and the member articles' newest versions. */
  key: string;
  computedAt: string;
}

export interface CompareData extends Omit<ArticleComparison, "articleIds"> {
  story: { id: string; title: string };
  articles: CompareArticleView[];
}

export interface ArticleDetail {
  id: string;
  title: string;
  outlet: OutletRef;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  text: string;
  ingestedAt: string;
  quotations: QuotationView[];
  story: { id: string; title: string; articleCount: number } | null;
  /** When the page says it was last modified, and when Parallax last saw its text or headline change. */
  modifiedAt: string | null;
  lastChangedAt: string | null;
  versions: { version: number; title: string; fetchedAt: string; modifiedAt: string | null }[];
  /** A fictional article of the demo corpus. */
  demo: boolean;
}

/** Two versions of one article, diffed: the headline and the body, word by word. */
export interface ArticleChanges {
  articleId: string;
  title: string;
  outlet: string;
  story: { id: string; title: string } | null;
  versions: { version: number; title: string; fetchedAt: string; modifiedAt: string | null }[];
  from: ArticleVersionView;
  to: ArticleVersionView;
  titleDiff: DiffOp[];
  bodyDiff: DiffOp[];
  stats: DiffStats;
  /** So little is shared that the two versions read better side by side than as an inline diff. */
  rewritten: boolean;
  /**
   * The text changed but the page's declared modified time did not move: a stealth edit. Null when the page
   * declares no modified time at all.
   */
  stealth: boolean | null;
}

export interface ArticleVersionView {
  version: number;
  title: string;
  byline: string | null;
  text: string;
  fetchedAt: string;
  modifiedAt: string | null;
}

/** A feed subscription and its health, as the feeds page and `parallax feeds` show it. */
export interface FeedView {
  id: string;
  url: string;
  title: string | null;
  siteUrl: string | null;
  format: string | null;
  outlet: string | null;
  active: boolean;
  intervalMinutes: number;
  state: "ok" | "warning" | "failing" | "never-polled" | "paused";
  warnings: string[];
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  /** New items ingested over the feed's life; lastItemCount is what the feed listed at its last poll. */
  itemsFound: number;
  lastItemCount: number;
  medianExtractChars: number | null;
  nextFetchAt: string | null;
  failedItems: { url: string; title: string | null; error: string | null; at: string }[];
}
