import "server-only";
import type { DiffOp } from "@/lib/compare";
import type { CompareData, QuoteGroupView, StoryDetail } from "../types";

/**
 * A brief an editor can paste into a chat, a doc or a CMS: the headline, who covered it and when, the quotations
 * outlets word differently (with the differences marked), the ones only one outlet carries, what some
 * outlets leave out and the figures they word differently. Plain CommonMark; reads well as plain text too.
 */
export interface MarkdownBriefInput {
  story: Pick<
    StoryDetail,
    | "id"
    | "title"
    | "articleCount"
    | "firstPublishedAt"
    | "lastPublishedAt"
    | "articles"
    | "quoteGroups"
    | "lineage"
  >;
  /** The sentence alignment of the compared articles (the story's first ones), for omissions; null to skip. */
  comparison: Pick<CompareData, "articles" | "alignment"> | null;
  /** Absolute address of the story page, for the brief's link; null leaves it out. */
  storyUrl: string | null;
}

export const MAX_BRIEF_GROUPS = 12;
export const MAX_BRIEF_SINGLES = 8;
export const MAX_BRIEF_OMISSIONS = 8;
export const MAX_BRIEF_FIGURES = 8;

/** Text with Markdown's inline syntax escaped, on one line. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_{}[\]<>#|~!])/g, "\\$1");
}

/**
 * An http(s) address as a Markdown link destination (written inside <…>): re-serialised, which percent-encodes
 * spaces, "<", ">" and line breaks, so nothing in it can end the link or start HTML. Null when it is not one.
 */
export function mdUrl(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === "http:" || url.protocol === "https:"
      ? url.href.replace(/[<>\s]/g, encodeURIComponent)
      : null;
  } catch {
    return null;
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "10 Feb 2026, 09:15 UTC": UTC and English, so the brief is the same wherever it is made. */
export function briefDate(iso: string | null): string {
  if (!iso) return "undated";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** A word diff inline: ~~words only in the reference~~ and **words only in this wording**. */
export function mdDiff(ops: readonly DiffOp[]): string {
  return ops
    .map(([op, text]) => {
      const body = mdText(text);
      if (op === 0 || body === "") return text.startsWith(" ") ? ` ${body}` : body;
      const lead = /^\s/.test(text) ? " " : "";
      const trail = /\s$/.test(text) ? " " : "";
      return `${lead}${op < 0 ? `~~${body}~~` : `**${body}**`}${trail}`;
    })
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}

function groupLines(group: QuoteGroupView, number: number): string[] {
  const reference = group.variants[0];
  if (!reference) return [];
  const lines = [`### ${number}. ${group.speaker ? mdText(group.speaker) : "Unattributed"}`, ""];
  lines.push(`- **${mdText(reference.outlet)}** (reference): “${mdText(reference.text)}”`);
  for (const variant of group.variants.slice(1)) {
    const diff = group.diffs.find((d) => d.from === reference.articleId && d.to === variant.articleId);
    const kind = diff?.kind ?? "identical";
    lines.push(
      kind === "identical"
        ? `- **${mdText(variant.outlet)}**: same words`
        : `- **${mdText(variant.outlet)}** (${kind}): “${diff ? mdDiff(diff.ops) : mdText(variant.text)}”`,
    );
  }
  lines.push("");
  return lines;
}

/** "Figures worded differently": the same sentence giving a quantity in other words or another number. */
function figureLines(alignment: CompareData["alignment"], outletOf: ReadonlyMap<string, string>): string[] {
  const rows = alignment.filter((row) => row.figures.length > 0);
  if (rows.length === 0) return [];
  const name = (id: string) => mdText(outletOf.get(id) ?? id);
  const lines = ["## Figures worded differently", ""];
  for (const row of rows.slice(0, MAX_BRIEF_FIGURES)) {
    const first = row.sentences[0];
    if (!first) continue;
    const pairs = row.figures.map(
      (f) => `**${name(f.fromArticleId)}** “${mdText(f.from)}”, **${name(f.toArticleId)}** “${mdText(f.to)}”`,
    );
    lines.push(`- ${pairs.join("; ")} (in “${mdText(first.text)}”)`);
  }
  if (rows.length > MAX_BRIEF_FIGURES) lines.push(`- … and ${rows.length - MAX_BRIEF_FIGURES} more.`);
  lines.push("");
  return lines;
}

export function storyMarkdown({ story, comparison, storyUrl }: MarkdownBriefInput): string {
  const outlets = [...new Set(story.articles.map((a) => a.outlet.name))];
  const lines: string[] = [`# ${mdText(story.title)}`, ""];
  const span =
    story.firstPublishedAt && story.lastPublishedAt
      ? `, ${briefDate(story.firstPublishedAt)} to ${briefDate(story.lastPublishedAt)}`
      : "";
  lines.push(
    `${story.articleCount} ${story.articleCount === 1 ? "article" : "articles"} from ${outlets.length} ${outlets.length === 1 ? "outlet" : "outlets"}${span}.` +
      (story.lineage.copies.length > 0
        ? ` ${story.lineage.sources} independent ${story.lineage.sources === 1 ? "source" : "sources"}; the rest copy or lightly rewrite them.`
        : ""),
  );
  const storyLink = storyUrl ? mdUrl(storyUrl) : null;
  if (storyLink) lines.push("", `Side-by-side comparison: <${storyLink}>`);
  lines.push("", "## Coverage", "");
  for (const article of story.articles) {
    const link = article.url ? mdUrl(article.url) : null;
    const headline = link ? `[${mdText(article.title)}](<${link}>)` : mdText(article.title);
    const copy = story.lineage.copies.find((c) => c.articleId === article.id);
    lines.push(
      `- **${mdText(article.outlet.name)}**, ${briefDate(article.publishedAt)}: ${headline}` +
        (copy ? ` (copies ${mdText(copy.followsOutlet)})` : ""),
    );
  }

  const shared = story.quoteGroups.filter((g) => g.variants.length > 1);
  const varied = shared.filter((g) => g.diffs.some((d) => d.kind !== "identical"));
  const singles = story.quoteGroups.filter((g) => g.variants.length === 1);
  lines.push("", "## Quotations worded differently", "");
  if (varied.length === 0) {
    lines.push(
      shared.length > 0
        ? `Every quotation carried by several outlets uses the same words (${shared.length}).`
        : "No quotation appears in more than one outlet's report.",
      "",
    );
  } else {
    lines.push(
      "~~Struck~~ words are only in the reference wording; **bold** words only in that outlet's.",
      "",
    );
    varied.slice(0, MAX_BRIEF_GROUPS).forEach((group, i) => lines.push(...groupLines(group, i + 1)));
    if (varied.length > MAX_BRIEF_GROUPS) lines.push(`… and ${varied.length - MAX_BRIEF_GROUPS} more.`, "");
  }
  if (singles.length > 0) {
    lines.push("## Quoted by one outlet only", "");
    for (const group of singles.slice(0, MAX_BRIEF_SINGLES)) {
      const only = group.variants[0];
      if (!only) continue;
      const who = group.speaker ? ` (${mdText(group.speaker)})` : "";
      lines.push(`- **${mdText(only.outlet)}**${who}: “${mdText(only.text)}”`);
    }
    if (singles.length > MAX_BRIEF_SINGLES) lines.push(`- … and ${singles.length - MAX_BRIEF_SINGLES} more.`);
    lines.push("");
  }

  if (comparison && comparison.articles.length >= 2) {
    const outletOf = new Map(comparison.articles.map((a) => [a.id, a.outlet.name]));
    // What most outlets report and some leave out first: the rows carried by the most articles.
    const omissions = comparison.alignment
      .filter((row) => row.missingFrom.length > 0 && row.sentences.length >= 2)
      .sort((a, b) => b.sentences.length - a.sentences.length || a.key.localeCompare(b.key));
    lines.push("## Omissions", "");
    lines.push(
      `Among ${[...new Set(comparison.articles.map((a) => mdText(a.outlet.name)))].join(", ")}: sentences some report and others leave out.`,
      "",
    );
    if (omissions.length === 0) lines.push("None: what several report, all report.", "");
    for (const row of omissions.slice(0, MAX_BRIEF_OMISSIONS)) {
      const first = row.sentences[0];
      if (!first) continue;
      const carriers = [...new Set(row.sentences.map((s) => outletOf.get(s.articleId) ?? s.articleId))];
      const missing = [...new Set(row.missingFrom.map((id) => outletOf.get(id) ?? id))];
      lines.push(
        `- “${mdText(first.text)}” (${carriers.map(mdText).join(", ")}); left out by ${missing.map(mdText).join(", ")}`,
      );
    }
    if (omissions.length > MAX_BRIEF_OMISSIONS)
      lines.push(`- … and ${omissions.length - MAX_BRIEF_OMISSIONS} more.`);
    lines.push("");
    lines.push(...figureLines(comparison.alignment, outletOf));
  }
  lines.push(
    "---",
    "",
    "Made with Parallax. Quotations are as each outlet printed them; differences are word-level.",
  );
  return lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}
