import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactUrlCredentials } from "./index";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

describe("structured logs", () => {
  it("writes one JSON object per event with level, time, component and fields", () => {
    const { logger, lines } = capture();
    logger.child({ component: "ingest" }).info({ articleId: "a1", status: "created" }, "article stored");
    logger.debug("not at info level");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      app: "parallax",
      component: "ingest",
      articleId: "a1",
      status: "created",
      msg: "article stored",
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it("never writes secrets: tokens, authorization headers, passwords, database URLs", () => {
    const { logger, lines } = capture();
    logger.info(
      {
        token: "tok-0123456789abcdef",
        headers: { authorization: "Bearer tok-0123456789abcdef", cookie: "s=1" },
        request: { headers: { authorization: "Bearer x" } },
        databaseUrl: "postgresql://app:hunter2@db:5432/parallax",
      },
      "connecting to postgresql://app:hunter2@db:5432/parallax",
    );
    logger.error({ err: new Error("connect failed for postgres://app:hunter2@db/parallax") }, "failed");
    const text = JSON.stringify(lines);
    expect(text).not.toContain("tok-0123456789abcdef");
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("Bearer");
    expect(lines[0]).toMatchObject({
      token: "[redacted]",
      msg: "connecting to postgresql://[redacted]@db:5432/parallax",
    });
    expect(lines[1]).toMatchObject({
      err: { message: "connect failed for postgres://[redacted]@db/parallax" },
    });
  });

  it("cuts credentials out of URLs and leaves other text alone", () => {
    expect(redactUrlCredentials("see https://news.example/a@b and ftp://u@host/x")).toBe(
      "see https://news.example/a@b and ftp://[redacted]@host/x",
    );
  });
});
