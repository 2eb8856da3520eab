import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";

const session = { problem: null as string | null };
vi.mock("@/lib/auth", () => ({
  signInProblem: async () => session.problem,
  requireEditor: async () => ({ name: "Ada" }),
}));
const logged = vi.fn();
vi.mock("@/lib/log", () => ({ log: () => ({ error: logged }) }));

const { runAction, runPublicAction } = await import("./action");

type State =
  { status: "done"; value: string } | { status: "error"; kind: string; message: string; fields: object };

const steps = <Actor>(run: (input: { n: number }, actor: Actor) => Promise<string>) => ({
  name: "test",
  schema: z.object({ n: z.coerce.number().int({ error: "Whole numbers only." }) }),
  run,
  fail: ({ kind, message, fieldErrors }: { kind: string; message: string; fieldErrors: object }): State => ({
    status: "error",
    kind,
    message,
    fields: fieldErrors,
  }),
  done: (value: string): State => ({ status: "done", value }),
});

beforeEach(() => {
  session.problem = null;
  logged.mockReset();
});

describe("runAction", () => {
  it("refuses before parsing or running when nobody is signed in", async () => {
    session.problem = "Sign in as an editor to do this.";
    const run = vi.fn();
    const state = await runAction({ n: "x" }, steps(run));
    expect(state).toMatchObject({ status: "error", kind: "refused", message: session.problem });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers invalid input with the first message per field, without running", async () => {
    const run = vi.fn();
    const state = await runAction({ n: "1.5" }, steps(run));
    expect(state).toEqual({
      status: "error",
      kind: "invalid",
      message: "Whole numbers only.",
      fields: { n: "Whole numbers only." },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the call with the parsed input and the editor's name", async () => {
    const state = await runAction(
      { n: "2" },
      steps(async (input, actor) => `${actor}:${input.n * 2}`),
    );
    expect(state).toEqual({ status: "done", value: "Ada:4" });
  });

  it("shows an AppError's message and fields, and hides an unexpected error behind a logged line", async () => {
    const known = await runAction(
      { n: 1 },
      steps(async () => {
        throw new AppError("INVALID_INPUT", "Not that one.", { fields: { n: "Pick another." } });
      }),
    );
    expect(known).toMatchObject({ kind: "failed", message: "Not that one.", fields: { n: "Pick another." } });
    expect(logged).not.toHaveBeenCalled();

    const unknown = await runAction(
      { n: 1 },
      steps(async () => {
        throw new Error("disk full at /secret/path");
      }),
    );
    expect(unknown).toMatchObject({ kind: "failed", message: "Something went wrong; check the server log." });
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it("answers a limit's refusal, returned or thrown as an AppError, before parsing", async () => {
    const run = vi.fn();
    const returned = await runAction({ n: 1 }, { ...steps(run), limit: async () => "Slow down." });
    expect(returned).toMatchObject({ kind: "refused", message: "Slow down." });
    const thrown = await runPublicAction(
      { n: 1 },
      {
        ...steps<null>(run),
        limit: async () => {
          throw new AppError("RATE_LIMITED", "Too many requests.");
        },
      },
    );
    expect(thrown).toMatchObject({ kind: "refused", message: "Too many requests." });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets anyone run a public action, with no actor", async () => {
    session.problem = "Sign in as an editor to do this.";
    const run = vi.fn(async () => "ok");
    const state = await runPublicAction({ n: 3 }, steps<null>(run));
    expect(state).toEqual({ status: "done", value: "ok" });
    expect(run).toHaveBeenCalledWith({ n: 3 }, null);
  });
});
