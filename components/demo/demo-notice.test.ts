import { describe, expect, it } from "vitest";
import { DEMO_LIST_NOTE, demoArticleNotice, demoNoticeFor } from "./demo-notice";

const article = (outlet: string, demo: boolean) => ({ demo, outlet: { name: outlet } });

describe("demo notices", () => {
  it("says nothing about real news", () => {
    expect(demoNoticeFor([article("JOE", false), article("The Guardian", false)], "story")).toBeNull();
    expect(demoNoticeFor([], "shared page")).toBeNull();
  });

  it("calls a story of demo articles fictional", () => {
    const notice = demoNoticeFor([article("Lisvard Courier", true), article("Meridian Wire", true)], "story");
    expect(notice?.title).toMatch(/^Demo story/);
    expect(notice?.body).toMatch(/Every outlet, person and article in this story is fictional/);
    expect(demoNoticeFor([article("Meridian Wire", true)], "shared page")?.title).toMatch(/^Demo story/);
    expect(demoNoticeFor([article("Meridian Wire", true)], "comparison")?.body).toMatch(/this comparison/);
  });

  it("names the demo outlets of a page that mixes demo and real articles", () => {
    const notice = demoNoticeFor(
      [article("JOE", false), article("Meridian Wire", true), article("Lisvard Courier", true)],
      "story",
    );
    expect(notice?.title).toBe("2 of these 3 articles are fictional demo articles");
    expect(notice?.body).toMatch(/from Lisvard Courier and Meridian Wire are part of Parallax's demo corpus/);
    expect(notice?.body).toMatch(/The others are real reports\.$/);
  });

  it("has an article notice naming the outlet and a list note", () => {
    expect(demoArticleNotice("Meridian Wire").body).toMatch(/^Meridian Wire, the people quoted/);
    expect(DEMO_LIST_NOTE).toMatch(/fictional/);
  });
});
