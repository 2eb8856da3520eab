import { describe, expect, it } from "vitest";
import { eventOfEntryKind, WEBHOOK_EVENT_NAMES } from "./events";
import { deliveryData, signedRequest } from "./payload";
import { verifySignature } from "./sign";

const entry = {
  id: "tag:parallax,2026:story/s1/article/a1",
  kind: "article" as const,
  title: "Harbour Daily: Ferry strike ends",
  link: "https://news.example/articles/a1",
  summary: "New coverage from Harbour Daily: “Ferry strike ends”.",
  updated: new Date("2026-12-06T10:00:00Z"),
  published: new Date("2026-12-06T09:30:00Z"),
  author: "Harbour Daily",
};

describe("webhook payloads", () => {
  const data = deliveryData({ id: "s1", title: "Ferry strike" }, entry, "https://news.example");
  const input = {
    deliveryId: "d1",
    event: "article.added" as const,
    createdAt: new Date("2026-12-06T10:00:05Z"),
    sentAt: new Date("2026-12-06T10:00:07.250Z"),
    attempt: 2,
    webhook: { id: "w1", scope: "story", storyId: "s1", query: null },
    data,
    secret: "sixteen chars at least",
  };

  it("carries the delivery, the event, the story and the feed entry, in a fixed order", () => {
    const { body } = signedRequest(input);
    expect(Object.keys(JSON.parse(body))).toEqual([
      "id",
      "event",
      "createdAt",
      "sentAt",
      "attempt",
      "webhook",
      "story",
      "entry",
    ]);
    expect(JSON.parse(body)).toEqual({
      id: "d1",
      event: "article.added",
      createdAt: "2026-12-06T10:00:05.000Z",
      sentAt: "2026-12-06T10:00:07.250Z",
      attempt: 2,
      webhook: { id: "w1", scope: "story", storyId: "s1", query: null },
      story: { id: "s1", title: "Ferry strike", url: "https://news.example/stories/s1" },
      entry: {
        id: "tag:parallax,2026:story/s1/article/a1",
        kind: "article",
        title: "Harbour Daily: Ferry strike ends",
        url: "https://news.example/articles/a1",
        summary: "New coverage from Harbour Daily: “Ferry strike ends”.",
        updated: "2026-12-06T10:00:00.000Z",
        published: "2026-12-06T09:30:00.000Z",
        author: "Harbour Daily",
      },
    });
  });

  it("signs exactly the body it sends, and names delivery, event and time in headers", () => {
    const { body, headers } = signedRequest(input);
    expect(verifySignature(input.secret, body, headers["x-parallax-signature"])).toBe(true);
    expect(headers).toMatchObject({
      "content-type": "application/json; charset=utf-8",
      "x-parallax-event": "article.added",
      "x-parallax-delivery": "d1",
      "x-parallax-timestamp": String(Date.parse("2026-12-06T10:00:07Z") / 1000),
    });
    expect(signedRequest(input)).toEqual({ body, headers });
  });

  it("names each story feed entry kind a webhook delivers, and no other", () => {
    expect(WEBHOOK_EVENT_NAMES.map((name) => [name, eventOfEntryKind(name)])).toBeTruthy();
    expect(eventOfEntryKind("article")).toBe("article.added");
    expect(eventOfEntryKind("version")).toBe("article.edited");
    expect(eventOfEntryKind("edit")).toBe("story.edited");
    expect(eventOfEntryKind("story")).toBeNull();
  });
});
