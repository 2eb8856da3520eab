import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { initialIngestState, MAX_UPLOAD_BYTES } from "./form-state";

const ingestDocument = vi.fn();
vi.mock("@/lib/ingest", async () => ({
  ingestDocument: (...args: unknown[]) => ingestDocument(...args),
  parsePublishedAt: (await import("@/lib/ingest/published-at")).parsePublishedAt,
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// A signed-in editor: app/write-access.test.ts covers the anonymous refusal.
vi.mock("@/lib/auth", () => ({
  signInProblem: async () => null,
  ingestRateProblem: async () => null,
  requireEditor: async () => ({ name: "editor" }),
}));
const logged = vi.fn();
vi.mock("@/lib/log", () => ({ log: () => ({ error: logged }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { ingestAction } = await import("./actions");

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  if (!data.has("file")) data.set("file", new File([], "", { type: "application/octet-stream" }));
  return data;
}

beforeEach(() => ingestDocument.mockReset());

describe("ingestAction", () => {
  it("asks for a file or text when both are missing, keeping the other inputs", async () => {
    const state = await ingestAction(initialIngestState, form({ text: "  ", outlet: "The Gazette" }));
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.message).toMatch(/upload a \.txt or \.html file, or paste its text/i);
    expect(state.fieldErrors.source).toBeTruthy();
    expect(state.values.outlet).toBe("The Gazette");
    expect(ingestDocument).not.toHaveBeenCalled();
  });

  it("refuses a file and pasted text together", async () => {
    const state = await ingestAction(
      initialIngestState,
      form({ text: "Body", file: new File(["x"], "a.txt") }),
    );
    expect(state.status === "error" && state.message).toMatch(/not both/);
  });

  it("refuses an oversized file before reading it", async () => {
    const big = new File(["x"], "big.html");
    Object.defineProperty(big, "size", { value: MAX_UPLOAD_BYTES + 1 });
    const read = vi.spyOn(big, "arrayBuffer");
    const state = await ingestAction(initialIngestState, form({ file: big }));
    expect(state.status === "error" && state.message).toMatch(/limit is 5 MB/);
    expect(read).not.toHaveBeenCalled();
  });

  it("refuses other file types", async () => {
    const state = await ingestAction(initialIngestState, form({ file: new File(["%PDF"], "story.pdf") }));
    expect(state.status === "error" && state.fieldErrors.file).toMatch(/\.txt or \.html/);
  });

  it("validates the web address and the date", async () => {
    const state = await ingestAction(
      initialIngestState,
      form({ text: "Body", url: "javascript:alert(1)", publishedAt: "yesterday" }),
    );
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fieldErrors.url).toMatch(/http/);
    expect(state.fieldErrors.publishedAt).toBeTruthy();
    expect(state.message).toMatch(/2 highlighted fields/);
  });

  it("refuses a date that is not on the calendar or out of range", async () => {
    for (const publishedAt of [
      "2026-02-31T10:00",
      "2026-04-31T09:15",
      "0001-01-01T00:00",
      "9999-12-31T23:59",
    ]) {
      const state = await ingestAction(initialIngestState, form({ text: "Body", publishedAt }));
      expect(state.status === "error" && state.fieldErrors.publishedAt, publishedAt).toMatch(/real date/);
    }
  });

  it("passes pasted text with its details to the pipeline and redirects to the story", async () => {
    ingestDocument.mockResolvedValue({
      status: "created",
      articleId: "a1",
      storyId: "s1",
      title: "T",
      outlet: "O",
      quotations: 1,
    });
    const call = ingestAction(
      initialIngestState,
      form({
        text: " Body text ",
        outlet: " The Gazette ",
        url: "https://gazette.example/x",
        publishedAt: "2026-02-10T09:15",
        title: "",
        format: "text",
      }),
    );
    await expect(call).rejects.toMatchObject({ url: "/stories/s1?added=a1" });
    expect(ingestDocument).toHaveBeenCalledWith({
      content: "Body text",
      filename: null,
      format: "text",
      outlet: "The Gazette",
      url: "https://gazette.example/x",
      publishedAt: "2026-02-10T09:15:00Z",
      title: null,
    });
  });

  it("reads an uploaded file as bytes with its name", async () => {
    ingestDocument.mockResolvedValue({
      status: "created",
      articleId: "a1",
      storyId: "s1",
      title: "T",
      outlet: "O",
      quotations: 0,
    });
    await expect(
      ingestAction(initialIngestState, form({ file: new File(["<p>Hi</p>"], "page.html") })),
    ).rejects.toThrow();
    const request = ingestDocument.mock.calls[0]?.[0] as { content: Uint8Array; filename: string };
    expect(request.filename).toBe("page.html");
    expect(new TextDecoder().decode(request.content)).toBe("<p>Hi</p>");
  });

  it("reports duplicates with links instead of redirecting", async () => {
    ingestDocument.mockResolvedValue({
      status: "duplicate",
      articleId: "a1",
      storyId: "s1",
      title: "T",
      outlet: "O",
      quotations: 0,
    });
    const state = await ingestAction(initialIngestState, form({ text: "Body" }));
    expect(state).toMatchObject({ status: "duplicate", articleId: "a1", storyId: "s1" });
  });

  it("shows an AppError's message, and hides internal errors behind a generic one", async () => {
    ingestDocument.mockRejectedValueOnce(
      new AppError("UNPROCESSABLE", "No article text was found in this page."),
    );
    const known = await ingestAction(initialIngestState, form({ text: "Body" }));
    expect(known.status === "error" && known.message).toBe("No article text was found in this page.");

    ingestDocument.mockRejectedValueOnce(new Error("SQLITE_BUSY: database is locked at /secret/path"));
    const unknown = await ingestAction(initialIngestState, form({ text: "Body" }));
    expect(unknown.status === "error" && unknown.message).toMatch(/Something went wrong/);
    expect(unknown.status === "error" && unknown.message).not.toMatch(/secret/);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
