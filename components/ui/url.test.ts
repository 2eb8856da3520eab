import { describe, expect, it } from "vitest";
import { hostOf, safeExternalHref } from "./url";

describe("safeExternalHref", () => {
  it("keeps http(s) links and drops everything else", () => {
    expect(safeExternalHref("https://news.example/a?b=1")).toBe("https://news.example/a?b=1");
    expect(safeExternalHref("javascript:alert(1)")).toBeNull();
    expect(safeExternalHref("data:text/html,hi")).toBeNull();
    expect(safeExternalHref("not a url")).toBeNull();
    expect(safeExternalHref(null)).toBeNull();
  });
  it("shows hosts", () => {
    expect(hostOf("https://www.news.example/x")).toBe("news.example");
  });
});
