import { describe, expect, it, vi } from "vitest";
import { PEER_HEADER, peerHeaderValue } from "@/lib/ratelimit/peer-address";

const connection = { peer: "203.0.113.5", forwarded: "198.51.100.1" };
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ [PEER_HEADER]: peerHeaderValue(connection.peer), "x-forwarded-for": connection.forwarded }),
}));
const stored: unknown[] = [];
vi.mock("@/lib/views", () => ({
  createShareLink: async (request: unknown) => {
    stored.push(request);
    return { slug: "AAAAAAAAAAAA", created: true };
  },
}));

describe("createShareLinkAction", () => {
  it("rate limits each client (PARALLAX_RATE_BURST at once), however it rotates X-Forwarded-For", async () => {
    const { createShareLinkAction } = await import("./actions");
    const request = { kind: "story", storyId: "story1" };
    const results = [];
    for (let i = 0; i < 40; i++) {
      connection.forwarded = `198.51.100.${i}`;
      results.push(await createShareLinkAction(request));
    }
    expect(results.slice(0, 30).every((result) => result.ok)).toBe(true);
    expect(results.slice(30)).toEqual(
      Array(10).fill({ ok: false, message: expect.stringMatching(/^Too many requests to share links/) }),
    );
    expect(stored).toHaveLength(30);
    connection.peer = "203.0.113.6";
    expect(await createShareLinkAction(request)).toMatchObject({ ok: true, path: "/s/AAAAAAAAAAAA" });
  });
});
