import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/app/signin/form-state";
import { MAX_NEXT_PATH_CHARS, readSharedPage, sharedPagePath } from "./shared-page";

describe("a page sent in", () => {
  it("reads the address and title the bookmarklet sends", () => {
    expect(
      readSharedPage({ url: " https://news.example/a?b=1#c ", title: "  Port strike\u202e ends \n today " }),
    ).toEqual({ url: "https://news.example/a?b=1#c", title: "Port strike ends today", droppedUrl: false });
  });

  it("finds the address in a share sheet's text when no url is given", () => {
    expect(readSharedPage({ text: "Read this https://news.example/x yes", title: "X" })).toMatchObject({
      url: "https://news.example/x",
    });
  });

  it("leaves out what is not a web address, and says so", () => {
    for (const url of ["javascript:alert(1)", "file:///etc/passwd", "not a url", "data:text/html,hi"])
      expect(readSharedPage({ url })).toEqual({ url: "", title: "", droppedUrl: true });
    expect(readSharedPage({ url: `https://e.example/${"a".repeat(2100)}` }).url).toBe("");
    expect(readSharedPage({})).toEqual({ url: "", title: "", droppedUrl: false });
  });

  it("builds a path that survives sign-in's next rules unchanged, dropping the title first when too long", () => {
    const page = { url: "https://news.example/a?b=1&c=2", title: "Ünïcode & “quotes” / slashes" };
    const path = sharedPagePath(page);
    expect(safeNextPath(path)).toBe(path);
    const back = new URL(path, "http://x.invalid").searchParams;
    expect([back.get("url"), back.get("title")]).toEqual([page.url, page.title]);

    const longTitle = sharedPagePath({ url: page.url, title: "t".repeat(480) });
    expect(longTitle).toBe(`/ingest?url=${encodeURIComponent(page.url)}`);
    expect(safeNextPath(longTitle)).toBe(longTitle);
    const longUrl = sharedPagePath({ url: `https://e.example/${"a".repeat(600)}`, title: "t" });
    expect(longUrl).toBe("/ingest");
    expect(longUrl.length).toBeLessThanOrEqual(MAX_NEXT_PATH_CHARS);
    expect(sharedPagePath({ url: "", title: "" })).toBe("/ingest");
  });
});
