import { describe, expect, it } from "vitest";
import { bookmarkletCode } from "./BookmarkletLink";

describe("the bookmarklet", () => {
  it("opens this site's ingest page with the current page's address and title", () => {
    const code = bookmarkletCode("https://parallax.example");
    expect(code.startsWith("javascript:")).toBe(true);
    const location = { href: "https://news.example/a?x=1&y=2#top" };
    const document = { title: "Strike ends & talks “resume” | The Daily", querySelector: () => null };
    // Run the bookmark's body as a browser would, against a stand-in location and document.
    new Function("location", "document", code.slice("javascript:".length))(location, document);
    const opened = new URL(location.href);
    expect(opened.origin + opened.pathname).toBe("https://parallax.example/ingest");
    expect(opened.searchParams.get("url")).toBe("https://news.example/a?x=1&y=2#top");
    expect(opened.searchParams.get("title")).toBe("Strike ends & talks “resume” | The Daily");
    // The page's own headline (og:title) when it gives one.
    const withOg = { title: "X | Site", querySelector: () => ({ content: "Strike ends" }) };
    new Function("location", "document", code.slice("javascript:".length))(location, withOg);
    expect(new URL(location.href).searchParams.get("title")).toBe("Strike ends");
  });
});
