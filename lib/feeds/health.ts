export type FeedHealthState = "ok" | "warning" | "failing" | "never-polled";

export interface FeedHealthInput {
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  /** The last error's one-line message (an AppError message or "HTTP 503"). */
  lastError: string | null;
  consecutiveFailures: number;
  /** Items the last successful poll found in the feed. */
  itemsFound: number;
  /** Items found by each recent successful poll, oldest first; when given, it decides the "no items" warning. */
  recentItemCounts?: readonly number[];
  /** Extracted body length (characters) of the feed's recent articles, oldest first. */
  recentExtractLengths: readonly number[];
  now: Date;
}

export interface FeedHealth {
  state: FeedHealthState;
  /** One sentence each, for people: what looks wrong and the likely cause. */
  warnings: string[];
}

/** One failure is routine (a timeout, a deploy); three in a row, hours apart with back-off, is a broken feed. */
export const FAILING_AFTER_FAILURES = 3;
/**
 * A news article's body is several paragraphs, rarely under ~400 characters; when the typical extract is
 * shorter, the extractor is getting a teaser, a paywall or consent stub, or missing the body.
 */
export const SHORT_EXTRACT_MEDIAN_CHARS = 400;
/** Under ~200 characters is a standfirst or a "subscribe to read" line, not an article. */
export const VERY_SHORT_EXTRACT_CHARS = 200;
/** ...and when at least this share of recent articles is that short, something systematic is wrong. */
export const VERY_SHORT_EXTRACT_SHARE = 0.3;
/** Fewer articles than this say nothing about a feed: one short news brief is normal. */
export const MIN_EXTRACT_SAMPLES = 5;
/** Only the most recent articles count, so a fixed extractor or a lifted paywall clears the warning. */
export const EXTRACT_SAMPLE_SIZE = 20;
/** A news feed that is empty on this many successful polls in a row has moved, been emptied or is misparsed. */
export const EMPTY_POLLS_FOR_WARNING = 2;

const MAX_ERROR_CHARS = 200;

function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "3 hours", "2 days": how long a feed has been failing, for people. */
function elapsed(from: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  const [amount, unit] =
    minutes < 120
      ? [minutes, "minute"]
      : minutes < 48 * 60
        ? [Math.floor(minutes / 60), "hour"]
        : [Math.floor(minutes / 1440), "day"];
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

/** The middle value (mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** "~120" rather than "117": the figure is a median, not a measurement of one article. */
function approximately(chars: number): string {
  return `~${chars >= 100 ? Math.round(chars / 10) * 10 : Math.round(chars)}`;
}

function lastErrorText(input: FeedHealthInput): string {
  const at = input.lastErrorAt ? ` at ${formatTime(input.lastErrorAt)}` : "";
  const message = input.lastError
    ?.trim()
    .replace(/\s+/g, " ")
    .replace(/\.+$/, "") // the sentence around it supplies the full stop
    .slice(0, MAX_ERROR_CHARS);
  return message ? `${at}: ${message}` : at;
}

function failureWarning(input: FeedHealthInput, failures: number): string | null {
  if (failures === 0) return null;
  if (failures < FAILING_AFTER_FAILURES) {
    return `The last ${failures === 1 ? "poll" : `${failures} polls`} failed, most recently${lastErrorText(input)}.`;
  }
  const since = input.lastSuccessAt
    ? `Failing since the last success on ${formatTime(input.lastSuccessAt)} (${elapsed(input.lastSuccessAt, input.now)} ago)`
    : "Failing since it was added (no poll has succeeded)";
  return `${since}: ${failures} polls in a row failed, most recently${lastErrorText(input)}.`;
}

function emptyWarning(input: FeedHealthInput): string | null {
  if (input.lastSuccessAt === null) return null;
  const counts = input.recentItemCounts;
  if (counts && counts.length > 0) {
    const recent = counts.slice(-EMPTY_POLLS_FOR_WARNING);
    if (recent.length < EMPTY_POLLS_FOR_WARNING || recent.some((n) => n > 0)) return null;
    return `The feed returned no items on its last ${recent.length} polls: it may have moved or been emptied.`;
  }
  return input.itemsFound === 0
    ? "The feed returned no items on its last poll: it may have moved or been emptied."
    : null;
}

function extractWarning(lengths: readonly number[]): string | null {
  const recent = lengths.filter((n) => Number.isFinite(n) && n >= 0).slice(-EXTRACT_SAMPLE_SIZE);
  if (recent.length < MIN_EXTRACT_SAMPLES) return null;
  const typical = median(recent);
  const cause = "the page may be paywalled or the extractor is missing the body.";
  if (typical < SHORT_EXTRACT_MEDIAN_CHARS) {
    return `Articles from this feed extract to only ${approximately(typical)} characters (median of the last ${recent.length}): ${cause}`;
  }
  const veryShort = recent.filter((n) => n < VERY_SHORT_EXTRACT_CHARS).length;
  if (veryShort / recent.length >= VERY_SHORT_EXTRACT_SHARE) {
    return `${veryShort} of the last ${recent.length} articles from this feed extract to under ${VERY_SHORT_EXTRACT_CHARS} characters: ${cause}`;
  }
  return null;
}

/**
 * A feed's health for the subscriptions page, from what the poller recorded. Pure and deterministic (`now` is
 * an input); the thresholds are the named constants above.
 */
export function feedHealth(input: FeedHealthInput): FeedHealth {
  const failures = Math.max(0, Math.floor(input.consecutiveFailures) || 0);
  if (input.lastSuccessAt === null && input.lastErrorAt === null && failures === 0) {
    return { state: "never-polled", warnings: [] };
  }
  const warnings = [
    failureWarning(input, failures),
    emptyWarning(input),
    extractWarning(input.recentExtractLengths),
  ];
  const found = warnings.filter((warning): warning is string => warning !== null);
  const state = failures >= FAILING_AFTER_FAILURES ? "failing" : found.length > 0 ? "warning" : "ok";
  return { state, warnings: found };
}
