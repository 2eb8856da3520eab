import { describe, expect, it } from "vitest";
import { safeNextPath } from "./form-state";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/stories/abc")).toBe("/stories/abc");
    expect(safeNextPath("/?q=tunnel&outlet=x#results")).toBe("/?q=tunnel&outlet=x#results");
    expect(safeNextPath("/admin/tokens")).toBe("/admin/tokens");
  });

  it("never leads to another origin, however the address is disguised", () => {
    for (const hostile of [
      "//evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example/x",
      "/\\evil.example",
      "/\\/evil.example",
      "/.//evil.example",
      "/%2e//evil.example",
      "https://evil.example",
      "evil.example",
      "javascript:alert(1)",
      " /x",
    ]) {
      const path = safeNextPath(hostile);
      expect(new URL(path, "https://parallax.example").origin, JSON.stringify(hostile)).toBe(
        "https://parallax.example",
      );
      expect(path.startsWith("//"), JSON.stringify(hostile)).toBe(false);
    }
  });

  it("never puts a control character into the redirect", () => {
    for (const value of ["/a\nb", "/a\u000bb", "/a\u0000b", "/a\rb", "/x?y=\n"])
      expect(safeNextPath(value), JSON.stringify(value)).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it("refuses what is not a path", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(["/x"])).toBe("/");
    expect(safeNextPath(`/${"x".repeat(600)}`)).toBe("/");
  });
});
