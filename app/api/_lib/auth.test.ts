import { describe, expect, it } from "vitest";
import { requireBearerToken } from "./auth";

const request = (authorization?: string) =>
  new Request("http://localhost/api/articles", { headers: authorization ? { authorization } : {} });

describe("requireBearerToken", () => {
  it("switches the API off when no token is configured", () => {
    expect(() => requireBearerToken(request("Bearer anything-long-enough"), undefined)).toThrow(
      expect.objectContaining({ code: "UNAVAILABLE" }),
    );
  });

  it("accepts only the configured token, as a Bearer credential", () => {
    const token = "a-token-of-twenty-chars";
    expect(() => requireBearerToken(request(`Bearer ${token}`), token)).not.toThrow();
    expect(() => requireBearerToken(request(`bearer ${token}`), token)).not.toThrow();
    for (const header of [undefined, token, `Basic ${token}`, `Bearer ${token}x`, "Bearer "]) {
      expect(() => requireBearerToken(request(header), token), String(header)).toThrow(
        expect.objectContaining({ code: "UNAUTHORIZED" }),
      );
    }
  });
});
