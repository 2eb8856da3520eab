import { describe, expect, it } from "vitest";
import { formatOffset, layoutTimeline } from "./coverage-timeline";

const outlet = (name: string) => ({ id: name, name, slug: name, country: null });
const article = (id: string, name: string, publishedAt: string | null) => ({
  id,
  title: `${name} report`,
  publishedAt,
  outlet: outlet(name),
});

describe("layoutTimeline", () => {
  const articles = [
    article("c", "Copy Daily", "2026-03-02T11:00:00Z"),
    article("a", "Wire", "2026-03-02T09:00:00Z"),
    article("u", "Undated", null),
    article("b", "Times", "2026-03-02T13:00:00Z"),
  ];
  const copies = [
    { articleId: "c", outlet: "Copy Daily", followsArticleId: "a", followsOutlet: "Wire", containment: 0.9 },
  ];

  it("orders by publication, marks the first report and copies, and places them on the span", () => {
    const timeline = layoutTimeline(articles, copies);
    expect(timeline.rows.map((r) => [r.articleId, r.mark, r.x, r.followsRow])).toEqual([
      ["a", "first", 0, null],
      ["c", "copy", 0.5, 0],
      ["b", "source", 1, null],
    ]);
    expect(timeline).toMatchObject({
      spanMs: 4 * 3_600_000,
      undated: 1,
      hidden: 0,
      copies: 1,
      independent: 2,
    });
    expect(timeline.ticks.map((t) => t.x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("keeps the earliest rows within the limit, and handles one instant", () => {
    expect(layoutTimeline(articles, copies, { maxRows: 2 })).toMatchObject({ hidden: 1, copies: 1 });
    const same = layoutTimeline(
      [article("x", "X", "2026-01-01T00:00:00Z"), article("y", "Y", "2026-01-01T00:00:00Z")],
      [],
    );
    expect(same.rows.map((r) => r.x)).toEqual([0, 0]);
    expect(same.ticks).toEqual([{ x: 0, offsetMs: 0, label: "+0 min" }]);
  });

  it("formats offsets from minutes to days", () => {
    expect(formatOffset(20_000)).toBe("+0 min");
    expect(formatOffset(45 * 60_000)).toBe("+45 min");
    expect(formatOffset(125 * 60_000)).toBe("+2 h 5 min");
    expect(formatOffset(76 * 3_600_000)).toBe("+3 d 4 h");
  });

  it("says days, never minutes, when a report gives only its date", () => {
    const timeline = layoutTimeline(
      [
        article("a", "Wire", "2018-03-04"),
        article("b", "Times", "2018-03-04T15:30:00Z"),
        article("c", "Daily", "2018-03-06"),
      ],
      [],
    );
    expect(timeline.rows.map((r) => r.offsetLabel)).toEqual(["same day", "same day", "+2 d"]);
    expect(timeline.dayPrecision).toBe(true);
    // Whole days on the axis, each once.
    expect(timeline.ticks.map((t) => t.label)).toEqual(["same day", "+1 d", "+2 d"]);
    // Reports with times keep their minutes.
    const timed = layoutTimeline(articles, copies);
    expect(timed.rows.map((r) => r.offsetLabel)).toEqual(["+0 min", "+2 h", "+4 h"]);
  });
});
