/**
 * Every absolute link starts with PARALLAX_PUBLIC_URL when it is set, whatever host a request names: API
 * pagination, the Markdown brief (API and CLI), share links and Open Graph URLs.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CliIo } from "@/lib/cli/output";
import { useTestDatabase } from "@/lib/testing/databases";

const PUBLIC = "https://news.example.org";
const requestHeaders = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const request = (path: string) => new Request(`http://localhost:3000${path}`, { headers: requestHeaders });

describe("links from one origin", () => {
  useTestDatabase("sqlite", { PARALLAX_PUBLIC_URL: `${PUBLIC}/` });
  let storyId = "";

  beforeAll(async () => {
    const { ingestDocument } = await import("@/lib/ingest");
    const one = await ingestDocument({
      content: "The harbour bridge in Kelmouth reopened on Monday after a year of repairs, the council said.",
      format: "text",
      outlet: "Kelmouth Post",
      title: "Kelmouth bridge reopens",
    });
    await ingestDocument({
      content:
        "Snow closed every mountain pass in the Arvel range overnight, and drivers were told to stay home.",
      format: "text",
      outlet: "Arvel Times",
      title: "Snow shuts Arvel passes",
    });
    storyId = one.storyId;
  });

  it("paginates the API with the public URL", async () => {
    const { GET } = await import("./stories/route");
    const body = (await (await GET(request("/api/stories?limit=1"))).json()) as { links: { next: string } };
    expect(body.links.next).toMatch(/^https:\/\/news\.example\.org\/api\/stories\?after=[\w-]+&limit=1$/);
  });

  it("links the Markdown brief to the story at the public URL, from the API and the CLI", async () => {
    const { GET } = (await import("./stories/[id]/export/route")) as unknown as {
      GET: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;
    };
    const md = await (
      await GET(request(`/api/stories/${storyId}/export?format=md`), {
        params: Promise.resolve({ id: storyId }),
      })
    ).text();
    expect(md).toContain(`<${PUBLIC}/stories/${storyId}>`);
    expect(md).not.toMatch(/localhost|evil\.example/);

    const { runCli } = await import("@/lib/cli/run");
    const out: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => out.push(line) };
    expect(await runCli(["export", storyId, "--format", "md"], io)).toBe(0);
    expect(out.join("\n")).toContain(`<${PUBLIC}/stories/${storyId}>`);
  });

  it("makes share links and Open Graph URLs on the public URL", async () => {
    const { createShareLinkAction } = await import("@/app/s/actions");
    const shared = await createShareLinkAction({ kind: "story", storyId });
    expect(shared).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^https:\/\/news\.example\.org\/s\/[\w-]{12}$/),
    });

    const { socialMetadata } = await import("@/components/share/social-metadata");
    const metadata = await socialMetadata({ title: "t", description: "d", path: `/stories/${storyId}` });
    expect(metadata.metadataBase?.toString()).toBe(`${PUBLIC}/`);
  });
});
