import { describe, expect, it } from "vitest";
import { fillByteTemplate, fillTemplate, PageStore, toByteTemplate, toTemplate } from "./store";

const page = (stamp: string, storedAt: number, text = "x".repeat(100)) => ({
  parts: toByteTemplate(text, "N"),
  headers: [],
  stamp,
  storedAt,
});

describe("page templates", () => {
  it("puts a new nonce everywhere the old one was, and nowhere else", () => {
    const html = `<script nonce="OLD">a</script><p>OLDER is not OLD-</p><script nonce="OLD"></script>`;
    expect(fillTemplate(toTemplate(html, "OLD"), "NEW")).toBe(html.replaceAll("OLD", "NEW"));
    expect(fillByteTemplate(toByteTemplate(html, "OLD"), "NEW").toString("utf8")).toBe(
      html.replaceAll("OLD", "NEW"),
    );
    expect(fillByteTemplate(toByteTemplate("é “quoted” ✓", "x"), "y").toString("utf8")).toBe("é “quoted” ✓");
  });
});

describe("PageStore", () => {
  it("answers a page only at the stamp it was stored with and while it is young", () => {
    const store = new PageStore(10_000, 1_000);
    store.set("/a", page("s1", 0));
    expect(store.get("/a", "s1", 500)).toBeDefined();
    expect(store.get("/a", "s2", 500)).toBeUndefined();
    // A stale stamp removes the page: the old version is never answered again.
    expect(store.get("/a", "s1", 500)).toBeUndefined();
    store.set("/a", page("s1", 0));
    expect(store.get("/a", "s1", 1_001)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.totalBytes).toBe(0);
  });

  it("keeps within its byte budget by dropping the least recently used pages", () => {
    const store = new PageStore(350, 60_000);
    store.set("/a", page("s", 0));
    store.set("/b", page("s", 0));
    store.set("/c", page("s", 0));
    expect(store.get("/a", "s", 1)).toBeDefined(); // /a is now the most recent
    store.set("/d", page("s", 0));
    expect(store.get("/b", "s", 1)).toBeUndefined();
    expect(store.get("/a", "s", 1)).toBeDefined();
    expect(store.get("/d", "s", 1)).toBeDefined();
    expect(store.totalBytes).toBeLessThanOrEqual(350);
    // A page larger than the whole budget is not stored (and evicts nothing).
    store.set("/huge", page("s", 0, "y".repeat(1_000)));
    expect(store.get("/huge", "s", 1)).toBeUndefined();
    expect(store.get("/a", "s", 1)).toBeDefined();
  });

  it("replaces a page stored again under the same key without counting it twice", () => {
    const store = new PageStore(10_000, 60_000);
    store.set("/a", page("s1", 0));
    const bytes = store.totalBytes;
    store.set("/a", page("s2", 0));
    expect(store.totalBytes).toBe(bytes);
    expect(store.get("/a", "s2", 1)).toBeDefined();
  });
});
