import { describe, expect, it } from "vitest";
import { advanceClock, candidateWindow, eligibleCandidates, storyEligibility } from "./eligibility";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import type { StoryProfile } from "./types";

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const shift = (iso: string, days: number) => new Date(at(iso) + days * DAY).toISOString();
const MARCH = "2026-03-10T00:00:00.000Z";

function story(first: string | null, last: string | null, extra: Partial<StoryProfile> = {}): StoryProfile {
  return {
    terms: { fire: 1 },
    entities: {},
    documentCount: 1,
    firstPublishedAt: first,
    lastPublishedAt: last,
    language: "en",
    ...extra,
  };
}
const article = (publishedAt: string | null, language: string | null = "en") => ({ publishedAt, language });

describe("storyEligibility", () => {
  it("lets a dated article meet only stories within candidateWindowDays of its date", () => {
    const w = P.candidateWindowDays;
    const s = story(MARCH, shift(MARCH, 5));
    expect(storyEligibility(s, article(shift(MARCH, 5 + w - 1)), null)).toEqual({ minScore: 0 });
    expect(storyEligibility(s, article(shift(MARCH, 5 + w + 1)), null)).toBeNull();
    expect(storyEligibility(s, article(shift(MARCH, -w + 1)), null)).toEqual({ minScore: 0 });
    expect(storyEligibility(s, article(shift(MARCH, -w - 1)), null)).toBeNull();
    // An undated story has no date to rule it out.
    expect(storyEligibility(story(null, null), article(MARCH), null)).toEqual({ minScore: 0 });
  });

  it("asks a strong match of an undated article joining a dormant story", () => {
    const s = story(MARCH, MARCH);
    const clockSoon = at(shift(MARCH, P.dormantDays - 1));
    const clockLate = at(shift(MARCH, P.dormantDays + 1));
    expect(storyEligibility(s, article(null), clockSoon)).toEqual({ minScore: 0 });
    expect(storyEligibility(s, article(null), clockLate)).toEqual({ minScore: P.dormantThreshold });
    expect(storyEligibility(s, article(null), null)).toEqual({ minScore: 0 });
    // A story a recent join woke up (activeAt) is not dormant, however old its articles' dates.
    const woken = story(MARCH, MARCH, { activeAt: shift(MARCH, P.dormantDays) });
    expect(storyEligibility(woken, article(null), clockLate)).toEqual({ minScore: 0 });
    // Undated stories never sleep.
    expect(storyEligibility(story(null, null), article(null), clockLate)).toEqual({ minScore: 0 });
  });

  it("never crosses two known languages, and lets an unknown one meet any", () => {
    expect(storyEligibility(story(MARCH, MARCH), article(MARCH, "fr"), null)).toBeNull();
    expect(storyEligibility(story(MARCH, MARCH), article(null, "fr"), null)).toBeNull();
    expect(storyEligibility(story(MARCH, MARCH), article(MARCH, null), null)).toEqual({ minScore: 0 });
    expect(storyEligibility(story(MARCH, MARCH, { language: null }), article(MARCH, "fr"), null)).toEqual({
      minScore: 0,
    });
  });
});

describe("candidateWindow", () => {
  it("gives the database the same bounds the rule applies, and none for an undated article", () => {
    const window = candidateWindow(MARCH)!;
    expect(window).toEqual({
      from: shift(MARCH, -P.candidateWindowDays),
      to: shift(MARCH, P.candidateWindowDays),
    });
    // A story is in the window exactly when the rule lets the article meet it.
    for (const days of [-200, -91, -89, 0, 89, 91, 200]) {
      const s = story(shift(MARCH, days), shift(MARCH, days + 1));
      const inWindow = s.lastPublishedAt! >= window.from && s.firstPublishedAt! <= window.to;
      expect(storyEligibility(s, article(MARCH), null) !== null).toBe(inWindow);
    }
    expect(candidateWindow(null)).toBeNull();
    expect(candidateWindow("not a date")).toBeNull();
  });
});

describe("advanceClock", () => {
  it("moves to the newest date seen, never past now, and ignores undated articles", () => {
    const now = at("2026-11-01T00:00:00Z");
    let clock = advanceClock(null, null, now);
    expect(clock).toBeNull();
    clock = advanceClock(clock, MARCH, now);
    expect(clock).toBe(at(MARCH));
    expect(advanceClock(clock, "2026-01-01T00:00:00Z", now)).toBe(at(MARCH));
    // A plausible but future date (a typo) would put every story to sleep: it does not move the clock.
    expect(advanceClock(clock, "2150-01-01T00:00:00Z", now)).toBe(at(MARCH));
    expect(advanceClock(clock, "garbage", now)).toBe(at(MARCH));
  });
});

describe("eligibleCandidates", () => {
  it("keeps the index's order, skips stories not held or not eligible, and stops at the limit", () => {
    const stories = new Map<string, StoryProfile>([
      ["old", story("2025-01-01T00:00:00Z", "2025-01-02T00:00:00Z")],
      ["fr", story(MARCH, MARCH, { language: "fr" })],
      ["a", story(MARCH, MARCH)],
      ["b", story(MARCH, MARCH)],
      ["c", story(MARCH, MARCH)],
    ]);
    const ranked = ["gone", "old", "fr", "b", "a", "c"];
    const picked = eligibleCandidates(ranked, (id) => stories.get(id), article(MARCH), at(MARCH), 2);
    expect(picked.map((c) => c.storyId)).toEqual(["b", "a"]);
    expect(picked.every((c) => c.minScore === undefined)).toBe(true);
    const undated = eligibleCandidates(ranked, (id) => stories.get(id), article(null), at(MARCH), 10);
    expect(undated.find((c) => c.storyId === "old")?.minScore).toBe(P.dormantThreshold);
  });
});
