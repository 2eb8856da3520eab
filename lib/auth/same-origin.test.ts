import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://app.example/api/x", { method: "POST", headers });

describe("assertSameOrigin", () => {
  it("accepts a request from this host, or one without an Origin (not a browser form)", () => {
    expect(() => assertSameOrigin(post({ host: "app.example", origin: "http://app.example" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ host: "app.example" }))).not.toThrow();
    expect(() =>
      assertSameOrigin(
        post({ host: "10.0.0.5:3000", "x-forwarded-host": "app.example", origin: "https://app.example" }),
      ),
    ).not.toThrow();
  });

  it("refuses another site's Origin, a malformed one, and 'null'", () => {
    for (const origin of ["https://evil.example", "http://app.example.evil.example", "null", "not a url"])
      expect(() => assertSameOrigin(post({ host: "app.example", origin })), origin).toThrow(
        expect.objectContaining({ code: "FORBIDDEN" }),
      );
  });
});
