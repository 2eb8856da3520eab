import { describe, expect, it } from "vitest";
import { shareContext } from "./share-context";

const article = (outlet: string, title: string, publishedAt: string | null) =>
  ({ outlet: { name: outlet }, title, publishedAt }) as Parameters<
    typeof shareContext
  >[0]["articles"][number];

describe("shareContext", () => {
  it("names the outlet whose headline titles the page, and the span of publication dates", () => {
    const context = shareContext({
      title: "Putin threatens to strike Western troops in Ukraine",
      articles: [
        article("Outlet B", "Putin warns the West", "2025-09-05T14:00:00.000Z"),
        article("JOE", "Putin threatens to strike Western troops in Ukraine", "2025-09-05T09:30:00.000Z"),
        article("JOE", "Follow-up", null),
      ],
    });
    expect(context).toEqual({
      headlineOutlet: "JOE",
      titleByEditor: false,
      outlets: ["Outlet B", "JOE"],
      firstPublished: "2025-09-05T09:30:00.000Z",
      lastPublished: "2025-09-05T14:00:00.000Z",
    });
  });

  it("says nothing it does not know", () => {
    expect(shareContext({ title: "Old title", articles: [article("JOE", "New title", null)] })).toEqual({
      headlineOutlet: null,
      titleByEditor: false,
      outlets: ["JOE"],
      firstPublished: null,
      lastPublished: null,
    });
  });

  it("never credits an editor's title to an outlet whose headline it happens to match", () => {
    const context = shareContext({
      title: "Council vote",
      titleByEditor: true,
      articles: [article("JOE", "Council vote", "2018-03-04")],
    });
    expect(context).toMatchObject({
      headlineOutlet: null,
      titleByEditor: true,
      firstPublished: "2018-03-04",
    });
  });
});
