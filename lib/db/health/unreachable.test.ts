import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { PrismaClient } from "@/prisma/generated/postgres/client";
import { databaseUnavailable, isDatabaseUnreachable } from "./unreachable";

describe("isDatabaseUnreachable", () => {
  it("recognises Prisma's errors for a server that refuses connections, raw queries and transactions alike", async () => {
    // Nothing listens on port 1 of the loopback: the connection is refused at once.
    const db = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://parallax@127.0.0.1:1/parallax" }),
    });
    try {
      const failures = await Promise.all(
        [
          () => db.$queryRawUnsafe("SELECT 1"),
          () => db.story.findMany({ take: 1 }),
          () => db.$transaction((tx) => tx.story.count()),
        ].map((query) =>
          query().then(
            () => null,
            (error: unknown) => error,
          ),
        ),
      );
      for (const failure of failures) expect(isDatabaseUnreachable(failure)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("leaves other failures alone", () => {
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnreachable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnreachable(new AppError("UNAVAILABLE", "the feed server timed out"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });

  it("follows causes, and its own error counts", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnreachable(new Error("query failed", { cause: new AggregateError([refused]) }))).toBe(
      true,
    );
    const error = databaseUnavailable(refused);
    expect(error.status).toBe(503);
    expect(isDatabaseUnreachable(error)).toBe(true);
  });
});
