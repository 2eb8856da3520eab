import type { Quotation } from "../../domain";
import { foldForComparison } from "../../text";
import type { ExampleMaker, FramingExample } from "./framing-example";
import { compareText } from "../order";
import { speakerKey } from "../quotes/quote-match";

/** What the framing needs of a quotation: where it is, who said it, how the text names the speaker. */
export type LabelQuotation = Pick<Quotation, "start" | "end" | "speaker" | "speakerStart" | "speakerEnd">;

export interface LabelArticle {
  id: string;
  outlet: string;
  text: string;
  quotations: readonly LabelQuotation[];
}

/** One way an article names an actor ("Russian President", "the Kremlin leader"), how often, with evidence. */
export interface ActorLabel {
  label: string;
  count: number;
  examples: FramingExample[];
}

/** The labels each article uses for one speaker, side by side. */
export interface ActorLabels {
  actor: string;
  articles: { articleId: string; outlet: string; mentions: number; labels: ActorLabel[] }[];
}

export interface ActorLabelOptions {
  maxActors: number;
  maxExamples: number;
}

/** Nouns that make a phrase a label for a person: the head of "the Kremlin leader", "Russian President". */
const ROLE_NOUNS = new Set(
  `president leader minister spokesperson spokesman spokeswoman secretary chancellor premier king queen prince
  princess general commander chief head envoy ambassador official mayor governor senator congressman congresswoman
  lawmaker judge dictator despot strongman tycoon billionaire boss counterpart ally adviser advisor aide director
  chairman chairwoman chair ceo founder host pm mp candidate nominee autocrat ruler monarch emperor pope cleric
  negotiator diplomat frontman figurehead successor predecessor incumbent executive officer commissioner
  superintendent inspector detective dr prof professor sir dame lord lady`
    .split(/\s+/)
    .filter(Boolean),
);
/** Lower-case words that may sit inside a title before a name ("former prime minister", "press secretary"). */
const TITLE_MODIFIERS = new Set(
  `former then deputy acting foreign prime vice defence defense press top senior interim outgoing incoming
  de facto self-styled self-proclaimed longtime long-time veteran embattled`
    .split(/\s+/)
    .filter(Boolean),
);
/** Capitalised words that open a sentence or clause and never belong to a title. */
const NOT_TITLE = new Set(
  `the a an and but or so yet for in on at by to of from with as if when while after before then now meanwhile
  however also said says told asked according speaking writing meanwhile his her their its our this that these
  those it he she they we i you`
    .split(/\s+/)
    .filter(Boolean),
);
const PRONOUNS = new Set("he she they him her them his hers their theirs it its we us i me you".split(" "));
const MAX_TITLE_WORDS = 6;
const MAX_APPOSITION_WORDS = 7;

function isRole(word: string): boolean {
  return ROLE_NOUNS.has(bare(word));
}

function bare(word: string): string {
  return foldForComparison(word).replace(/'s?$/, "").replace(/[.,]$/, "");
}

/**
 * Labels each article gives the speakers of the story's quotations: titles written before the name ("Russian
 * President Vladimir Putin"), appositions after it ("Peskov, the Kremlin spokesman,") and descriptions that stand
 * in for the name as a quotation's speaker ("the Kremlin leader said"). Actors come from the resolved speakers;
 * they are ordered by how many articles label them, then by name.
 */
export function actorLabels(
  articles: readonly LabelArticle[],
  examplesOf: ReadonlyMap<string, ExampleMaker>,
  options: ActorLabelOptions,
): ActorLabels[] {
  const actors = collectActors(articles);
  // Each form's pattern is compiled once per call, not once per article; each article's quotations are grouped
  // by speaker once, not re-keyed per actor.
  const patterns = new Map<string, RegExp>();
  const quotationsBySpeaker = articles.map(quotationsByKey);
  const result: ActorLabels[] = [];
  for (const actor of actors) {
    const perArticle = articles.map((article, index) => {
      const maker = examplesOf.get(article.id);
      const quoted = quotationsBySpeaker[index]?.get(actor.key) ?? [];
      const found = maker
        ? labelsInArticle(article, quoted, actor, maker, options.maxExamples, patterns)
        : null;
      return {
        articleId: article.id,
        outlet: article.outlet,
        mentions: found?.mentions ?? 0,
        labels: found?.labels ?? [],
      };
    });
    if (perArticle.some((a) => a.labels.length > 0)) result.push({ actor: actor.name, articles: perArticle });
  }
  const labelled = (a: ActorLabels) => a.articles.filter((x) => x.labels.length > 0).length;
  return result
    .sort((a, b) => labelled(b) - labelled(a) || compareText(a.actor, b.actor))
    .slice(0, options.maxActors);
}

/** An article's quotations by speaker key, in the article's order. */
function quotationsByKey(article: LabelArticle): Map<string, LabelQuotation[]> {
  const byKey = new Map<string, LabelQuotation[]>();
  for (const q of article.quotations) {
    const key = speakerKey(q.speaker);
    if (key === null) continue;
    const list = byKey.get(key) ?? [];
    list.push(q);
    byKey.set(key, list);
  }
  return byKey;
}

interface Actor {
  key: string;
  /** The fullest form any article gives, for display. */
  name: string;
  /** Every written form, longest first; the surname last. */
  forms: string[];
}

/**
 * Work bound: speakers looked up in the texts at most, those quoted in most articles first (then by key). Every
 * actor is searched in every article, so this bounds the scans to this many per article; the dev sets' stories
 * have at most 26 speakers.
 */
export const MAX_ACTORS_LOOKED_UP = 200;

function collectActors(articles: readonly LabelArticle[]): Actor[] {
  const byKey = new Map<string, Set<string>>();
  const articlesQuoting = new Map<string, number>();
  for (const article of articles) {
    const quoting = new Set<string>();
    for (const q of article.quotations) {
      const key = speakerKey(q.speaker);
      if (key === null || q.speaker === null || PRONOUNS.has(key)) continue;
      const forms = byKey.get(key) ?? new Set<string>();
      forms.add(q.speaker.trim());
      byKey.set(key, forms);
      quoting.add(key);
    }
    for (const key of quoting) articlesQuoting.set(key, (articlesQuoting.get(key) ?? 0) + 1);
  }
  const quoted = (key: string) => articlesQuoting.get(key) ?? 0;
  return [...byKey.entries()]
    .sort(([a], [b]) => quoted(b) - quoted(a) || compareText(a, b))
    .slice(0, MAX_ACTORS_LOOKED_UP)
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, formSet]) => {
      const forms = [...formSet].sort((a, b) => b.length - a.length || compareText(a, b));
      const surname = forms[0]?.split(/\s+/).pop() ?? key;
      if (!forms.includes(surname)) forms.push(surname);
      return { key, name: forms[0] ?? surname, forms };
    });
}

function labelsInArticle(
  article: LabelArticle,
  quoted: readonly LabelQuotation[],
  actor: Actor,
  maker: ExampleMaker,
  maxExamples: number,
  patterns: Map<string, RegExp>,
): { mentions: number; labels: ActorLabel[] } {
  const { text } = article;
  const byLabel = new Map<string, ActorLabel>();
  const add = (label: string, start: number, end: number): void => {
    const key = labelKey(label);
    if (key === "") return;
    const entry = byLabel.get(key) ?? { label: label.trim(), count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < maxExamples) entry.examples.push(maker.example(start, end));
    byLabel.set(key, entry);
  };

  const occurrences = nameOccurrences(text, actor.forms, patterns);
  for (const occurrence of occurrences) {
    const title = titleBefore(text, occurrence.start);
    if (title) add(text.slice(title.start, title.end), title.start, occurrence.end);
    const apposition = appositionAfter(text, occurrence.end);
    if (apposition) add(text.slice(apposition.start, apposition.end), occurrence.start, apposition.end);
  }
  // A description standing in for the name as a speaker: "the Kremlin leader said".
  const surname = foldForComparison(actor.forms[actor.forms.length - 1] ?? "");
  for (const q of quoted) {
    if (q.speakerStart === null || q.speakerEnd === null) continue;
    const mention = text.slice(q.speakerStart, q.speakerEnd).trim();
    const mentionWords = mention.split(/\s+/);
    if (mentionWords.length > MAX_APPOSITION_WORDS || PRONOUNS.has(bare(mention))) continue;
    if (foldForComparison(mention).includes(surname)) continue;
    if (!mentionWords.some(isRole)) continue;
    add(mention, q.speakerStart, q.speakerEnd);
  }
  return {
    mentions: occurrences.length,
    labels: [...byLabel.values()].sort((a, b) => b.count - a.count || compareText(a.label, b.label)),
  };
}

function labelKey(label: string): string {
  return foldForComparison(label)
    .replace(/^(the|a|an)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Span {
  start: number;
  end: number;
}

/** Where the text writes the name, fullest forms first, never overlapping; whole words, case as written. */
function nameOccurrences(text: string, forms: readonly string[], patterns: Map<string, RegExp>): Span[] {
  const taken: Span[] = [];
  for (const form of forms) {
    if (form === "") continue;
    // A match holds every word of the form as written (only the spaces between them may differ), so a text
    // missing one of them is not scanned: most actors of a large story are absent from most of its articles.
    if (!form.split(/\s+/).every((word) => text.includes(word))) continue;
    let pattern = patterns.get(form);
    if (!pattern) {
      pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, "gu");
      patterns.set(form, pattern);
    }
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!taken.some((t) => span.start < t.end && t.start < span.end)) taken.push(span);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

/** A word and the spaces after it, ending where the text ends; a line break ends a title (it is another paragraph). */
const WORD_BEFORE = /([\p{L}][\p{L}\-.'’]*)[^\S\n]+$/u;
/** Abbreviations whose full stop does not end a sentence ("Dr.", "U.S."). */
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:dr|prof|mr|mrs|ms|st|gen|col|lt|sgt|rev|gov|sen|rep|jr|sr)\.$/iu;

/**
 * The title written just before a name: capitalised words and role words back to the first word that is
 * neither, with given names next to the name dropped ("US President Donald" → "US President"). Needs a role word.
 */
function titleBefore(text: string, nameStart: number): Span | null {
  const words: Span[] = [];
  let cursor = nameStart;
  while (words.length < MAX_TITLE_WORDS) {
    const window = text.slice(Math.max(0, cursor - 60), cursor);
    const m = WORD_BEFORE.exec(window);
    if (!m || m[1] === undefined) break;
    const start = cursor - window.length + m.index;
    const word = m[1];
    // The previous sentence's last word is not part of this one's title.
    if (/[.!?]$/.test(word) && !ABBREVIATION.test(word)) break;
    const lower = bare(word);
    const capitalised = /^\p{Lu}/u.test(word);
    if (NOT_TITLE.has(lower)) break;
    if (!(capitalised || ROLE_NOUNS.has(lower) || TITLE_MODIFIERS.has(lower))) break;
    words.unshift({ start, end: start + word.length });
    cursor = start;
  }
  // Drop given names: capitalised non-role words right before the name.
  while (words.length > 0) {
    const last = words[words.length - 1];
    if (!last || isRole(text.slice(last.start, last.end))) break;
    words.pop();
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  return { start: first.start, end: last.end };
}

const APPOSITION = /^,\s+((?:(?:the|a|an)\s+)?[^,.;:!?()"“”\n]{2,80}?)(?=,|\.(?:\s|$))/u;

/** An apposition right after a name: "Peskov, the Kremlin spokesman, said". Needs a role word. */
function appositionAfter(text: string, nameEnd: number): Span | null {
  const m = APPOSITION.exec(text.slice(nameEnd, nameEnd + 100));
  const phrase = m?.[1];
  if (!m || phrase === undefined) return null;
  const phraseWords = phrase.trim().split(/\s+/);
  if (phraseWords.length > MAX_APPOSITION_WORDS || !phraseWords.some(isRole)) return null;
  if (!/^(?:the|a|an)\s/u.test(phrase) && !/^\p{Lu}/u.test(phrase) && !isRole(phraseWords[0] ?? "")) {
    return null;
  }
  const start = nameEnd + m[0].indexOf(phrase);
  return { start, end: start + phrase.length };
}
