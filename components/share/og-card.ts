import type { DiffOp } from "@/lib/compare";
import type { QuoteGroupView } from "@/lib/views/types";
import { stripBidiControls } from "./og-bidi";

/**
 * What a link preview shows: a heading, the outlets, and one quotation diffed between two outlets, already cut to
 * the space of a 1200×630 card (the renderer has no text measuring of its own that could stop a long title from
 * running into the outlets), and the alt text that says what the image shows.
 */
export interface OgCard {
  eyebrow: string;
  title: string;
  /** Font size of the title, chosen so it takes at most three lines. */
  titleSize: number;
  /** The outlets shown as chips (names clipped), with "+N more" last when not all fit. */
  outlets: string[];
  quote: {
    speaker: string | null;
    /** Outlets using the reference wording, and the outlets of the compared wording. */
    fromOutlets: string[];
    toOutlets: string[];
    /** Reference → compared wording; a single [0, text] op when every outlet words it the same. */
    ops: DiffOp[];
    /** Font size of the quotation. */
    size: number;
  } | null;
  alt: string;
}

/** The card's size and the space text can use (inside its 56 px side margins). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const TEXT_WIDTH = OG_WIDTH - 2 * 56;
/**
 * A conservative average advance of one character, in ems, for the card's fonts (Geist, Noto Sans Hebrew, IBM
 * Plex Sans Arabic): text measured with it wraps no later than the renderer wraps it.
 */
const EM_PER_CHAR = 0.56;
const TITLE_SIZES = [56, 48, 42, 36] as const;
const SMALLEST_TITLE = 36;
const MAX_TITLE_LINES = 3;
const CHIP_SIZE = 22;
const MAX_CHIP_CHARS = 30;
const MAX_CHIP_ROWS = 2;
const QUOTE_SIZES = [34, 30] as const;
/** Fixed heights of the card's parts, in px (see og-image.tsx): padding, header, gaps, the quote box's frame. */
const LAYOUT = {
  padding: 48,
  header: 32,
  gap: 18,
  chipRow: 46,
  quoteFrame: 24 * 2 + 4 + 34 + 12 + 30,
  quoteBoxGap: 24,
} as const;

/** Characters of `size` px text that fit on one line `width` px wide. */
export function charsPerLine(width: number, size: number): number {
  return Math.max(1, Math.floor(width / (size * EM_PER_CHAR)));
}

/** Lines `text` takes at `size` px when wrapped at word boundaries in `width` px. */
export function linesOf(text: string, size: number, width: number): number {
  const max = charsPerLine(width, size);
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    if (used === 0) {
      used = length;
    } else if (used + 1 + length <= max) {
      used += 1 + length;
    } else {
      lines += 1;
      used = length;
    }
    // A word longer than a line wraps inside itself.
    while (used > max) {
      lines += 1;
      used -= max;
    }
  }
  return lines;
}

/**
 * The card for a story or share link: the title at the largest size that keeps it to three lines, as many outlet
 * chips as two rows hold, and the most telling difference between two wordings of one quotation, cut to the lines
 * left below.
 */
export function ogCard(input: {
  eyebrow: string;
  title: string;
  outlets: readonly string[];
  groups: readonly QuoteGroupView[];
}): OgCard {
  const outlets = [...new Set(input.outlets)];
  const title = input.title.trim().replace(/\s+/g, " ") || "Untitled story";
  const titleSize =
    TITLE_SIZES.find((size) => linesOf(title, size, TEXT_WIDTH) <= 2) ??
    TITLE_SIZES.find((size) => linesOf(title, size, TEXT_WIDTH) <= MAX_TITLE_LINES) ??
    SMALLEST_TITLE;
  const fittedTitle = clipToLines(title, titleSize, TEXT_WIDTH, MAX_TITLE_LINES);
  const chips = fitChips(outlets);
  const titleHeight = linesOf(fittedTitle, titleSize, TEXT_WIDTH) * Math.ceil(titleSize * 1.15);
  const chipRows = chipRowsOf(chips);
  const left =
    OG_HEIGHT -
    2 * LAYOUT.padding -
    LAYOUT.header -
    LAYOUT.gap -
    titleHeight -
    LAYOUT.gap -
    chipRows * LAYOUT.chipRow -
    LAYOUT.quoteBoxGap -
    LAYOUT.quoteFrame;
  const picked = pickQuote(input.groups);
  const quote = picked ? fitQuote(picked, left) : null;
  const card: Omit<OgCard, "alt"> = {
    eyebrow: input.eyebrow,
    title: fittedTitle,
    titleSize,
    outlets: chips,
    quote,
  };
  return { ...card, alt: ogAlt(card, title, outlets) };
}

/** The alt text: what the card says, in words (the outlet count spelled out, every outlet named). */
export function ogAlt(card: Omit<OgCard, "alt">, fullTitle: string, allOutlets: readonly string[]): string {
  const title = clipChars(stripBidiControls(fullTitle), 200);
  const outlets = allOutlets.map((name) => clipChars(stripBidiControls(name).trim(), 60));
  const count = outlets.length === 1 ? "one outlet" : `${numberWord(outlets.length)} outlets`;
  const who =
    outlets.length > 0
      ? ` Reported by ${count}: ${listOf(outlets.slice(0, 8))}${outlets.length > 8 ? " and others" : ""}.`
      : "";
  const quote = card.quote;
  let what = " No quotation is compared.";
  if (quote && quote.toOutlets.length > 0)
    what = ` ${quote.speaker ? `A quotation by ${quote.speaker}` : "An unattributed quotation"} as ${listOf(quote.fromOutlets)} and ${listOf(quote.toOutlets)} word it, with the differing words marked.`;
  else if (quote)
    what = ` ${quote.speaker ? `A quotation by ${quote.speaker}` : "A quotation"} as ${listOf(quote.fromOutlets)} quote it.`;
  return `Parallax preview of “${title}”.${who}${what}`;
}

interface PickedQuote {
  speaker: string | null;
  fromOutlets: string[];
  toOutlets: string[];
  ops: DiffOp[];
}

/**
 * How telling a difference is: words one outlet has and the other lacks count double (an insertion, or a phrase
 * present in one outlet only), words cut from inside the quotation count once, and words cut at either end (the
 * outlet simply quoted less) a quarter.
 */
export function tellingScore(ops: readonly DiffOp[]): number {
  let score = 0;
  ops.forEach(([kind, text], index) => {
    if (kind === 0) return;
    const words = text.split(/\s+/).filter(Boolean).length;
    const atEdge =
      ops.slice(0, index).every(([k]) => k !== 0) || ops.slice(index + 1).every(([k]) => k !== 0);
    if (kind === 1) score += 2 * words;
    else score += atEdge && !ops.some(([k]) => k === 1) ? 0.25 * words : words;
  });
  return score;
}

const invert = (ops: readonly DiffOp[]): DiffOp[] =>
  ops.map(([kind, text]) => [(-kind || 0) as DiffOp[0], text]);

/**
 * The most telling difference in the story (see tellingScore), ties to the group more outlets carry, then the
 * earlier one. When one wording only cuts words from the other and each is as many outlets' as the other, the
 * difference is read from the shorter to the longer, so words present in one outlet only show as that outlet's
 * addition rather than the other's cut.
 */
function pickQuote(groups: readonly QuoteGroupView[]): PickedQuote | null {
  let best: { score: number; outlets: number; quote: PickedQuote } | null = null;
  for (const group of groups) {
    const outletOf = new Map(group.variants.map((v) => [v.articleId, v.outlet]));
    const outletsFor = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => outletOf.get(id) ?? []))];
    const sameAs = (articleId: string) =>
      group.wordings.find((w) => w.articleIds.includes(articleId))?.articleIds ?? [articleId];
    for (const diff of group.diffs) {
      if (diff.kind === "identical" || diff.ops.every(([kind]) => kind === 0)) continue;
      const from = sameAs(diff.from);
      const to = sameAs(diff.to);
      let ops = diff.ops;
      let [fromIds, toIds] = [from, to];
      // Only a pure cut is read the other way round: a rewording stays reference → variant.
      const cutOnly = !ops.some(([kind]) => kind === 1);
      if (cutOnly && from.length === to.length && tellingScore(invert(ops)) > tellingScore(ops)) {
        ops = invert(ops);
        [fromIds, toIds] = [to, from];
      }
      const score = tellingScore(ops);
      const outlets = group.variants.length;
      if (!best || score > best.score || (score === best.score && outlets > best.outlets))
        best = {
          score,
          outlets,
          quote: {
            speaker: group.speaker,
            fromOutlets: outletsFor(fromIds),
            toOutlets: outletsFor(toIds),
            ops,
          },
        };
    }
  }
  if (best) return best.quote;
  const group = groups.find((g) => g.variants.length > 1) ?? groups[0];
  const reference = group?.variants[0];
  if (!group || !reference) return null;
  return {
    speaker: group.speaker,
    fromOutlets: [...new Set(group.variants.map((v) => v.outlet))],
    toOutlets: [],
    ops: [[0, reference.text]],
  };
}

/** The quotation at the largest size whose marked words fit the height left; null when not even two lines fit. */
function fitQuote(quote: PickedQuote, height: number): OgCard["quote"] {
  for (const size of QUOTE_SIZES) {
    const lineHeight = Math.ceil(size * 1.35);
    const lines = Math.min(4, Math.floor(height / lineHeight));
    if (lines < 2) continue;
    // Marked words carry padding and a margin: budget a little more than a line's characters for each.
    const budget = Math.floor(charsPerLine(TEXT_WIDTH - 60, size) * lines * 0.85);
    return { ...quote, speaker: quote.speaker, ops: cutOps(quote.ops, budget), size };
  }
  return null;
}

/** Cuts a diff to about `budget` characters: the changes first, then the words around them, "…" where cut. */
export function cutOps(ops: readonly DiffOp[], budget: number): DiffOp[] {
  for (let context = 14; context >= 0; context -= 2) {
    const trimmed = trimOps(ops, context);
    if (length(trimmed) <= budget) return trimmed;
  }
  // Still too long: keep whole ops from the first change on, then clip the last one kept.
  const trimmed = trimOps(ops, 0);
  const first = Math.max(
    0,
    trimmed.findIndex(([kind]) => kind !== 0),
  );
  const out: DiffOp[] = [];
  let used = 0;
  for (const [kind, text] of trimmed.slice(first)) {
    if (used + text.length <= budget) {
      out.push([kind, text]);
      used += text.length;
      continue;
    }
    const words = text.trim().split(/\s+/);
    const kept: string[] = [];
    for (const word of words) {
      if (used + word.length + 1 > budget) break;
      kept.push(word);
      used += word.length + 1;
    }
    if (kept.length > 0) out.push([kind, `${kept.join(" ")} …`]);
    else out.push([0, "…"]);
    break;
  }
  return out;
}

const length = (ops: readonly DiffOp[]) => ops.reduce((n, [, text]) => n + text.length, 0);

/** Keeps the changes and up to `context` words of unchanged text around each, with "…" where text was cut. */
export function trimOps(ops: readonly DiffOp[], context: number): DiffOp[] {
  return ops.map(([kind, text], index): DiffOp => {
    if (kind !== 0) return [kind, text];
    const words = text.split(/(\s+)/);
    const wordCount = words.filter((w) => w.trim() !== "").length;
    const first = index === 0;
    const last = index === ops.length - 1;
    const keep = first || last ? context : context * 2;
    if (wordCount <= keep) return [0, text];
    const tokens = text.trim().split(/\s+/);
    const lead = /^\s/.test(text) ? " " : "";
    const trail = /\s$/.test(text) ? " " : "";
    const head = tokens.slice(0, context).join(" ");
    const tail = tokens.slice(tokens.length - context).join(" ");
    if (first) return [0, context === 0 ? `…${trail}` : `… ${tail}${trail}`];
    if (last) return [0, context === 0 ? `${lead}…` : `${lead}${head} …`];
    return [0, context === 0 ? `${lead}…${trail}` : `${lead}${head} … ${tail}${trail}`];
  });
}

/** Outlet chips for two rows at most: names clipped, and "+N more" in place of those that do not fit. */
function fitChips(outlets: readonly string[]): string[] {
  const names = outlets.map((name) =>
    clipChars(name.trim().replace(/\s+/g, " ") || "Unknown outlet", MAX_CHIP_CHARS),
  );
  for (let shown = names.length; shown >= 0; shown -= 1) {
    const chips = shown < names.length ? [...names.slice(0, shown), `+${names.length - shown} more`] : names;
    if (chipRowsOf(chips) <= MAX_CHIP_ROWS) return chips;
  }
  return [`${names.length} outlets`];
}

const chipWidth = (name: string) => Math.ceil([...name].length * CHIP_SIZE * EM_PER_CHAR) + 32 + 4 + 10;

function chipRowsOf(chips: readonly string[]): number {
  if (chips.length === 0) return 0;
  let rows = 1;
  let used = 0;
  for (const chip of chips) {
    const width = chipWidth(chip);
    if (used > 0 && used + width > TEXT_WIDTH) {
      rows += 1;
      used = 0;
    }
    used += width;
  }
  return rows;
}

function clipToLines(text: string, size: number, width: number, lines: number): string {
  if (linesOf(text, size, width) <= lines) return text;
  const words = text.split(" ");
  while (words.length > 1 && linesOf(`${words.join(" ")}…`, size, width) > lines) words.pop();
  const kept = words.join(" ");
  return linesOf(`${kept}…`, size, width) <= lines
    ? `${kept}…`
    : `${clipChars(kept, charsPerLine(width, size) * lines - 1)}`;
}

function clipChars(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const NUMBER_WORDS = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? n.toLocaleString("en");
}
