import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type * as DbModule from "@/lib/db";

/** upsertOutlet: one outlet per slug, and a domain held by at most one outlet. */
export function describeUpsertOutlet(provider: TestProvider): void {
  describe(`upsertOutlet on ${provider}`, () => {
    useTestDatabase(provider);
    let db: typeof DbModule;

    beforeAll(async () => {
      db = await import("@/lib/db");
    });

    it("finds an outlet by slug and gives a host's domain to the first outlet seen on it", async () => {
      const client = await db.getDb();
      const domainOf = async (id: string) =>
        (await client.outlet.findUniqueOrThrow({ where: { id }, select: { domain: true } })).domain;
      const wire = await db.upsertOutlet(client, { slug: "wire", name: "Wire", domain: "news.test" });
      expect(await domainOf(wire)).toBe("news.test");
      // Another name on the same host: a new outlet, without the domain the first one holds.
      const desk = await db.upsertOutlet(client, { slug: "desk", name: "Desk", domain: "news.test" });
      expect(desk).not.toBe(wire);
      expect(await domainOf(desk)).toBeNull();
      expect(await db.upsertOutlet(client, { slug: "desk", name: "Desk", domain: "news.test" })).toBe(desk);
      expect(await domainOf(desk)).toBeNull();
      // An outlet without a domain takes a free one when it is next seen with it.
      expect(await db.upsertOutlet(client, { slug: "desk", name: "Desk", domain: "desk.test" })).toBe(desk);
      expect(await domainOf(desk)).toBe("desk.test");
      const named = await db.upsertOutlet(client, { slug: "named", name: "Named", domain: null });
      expect(await domainOf(named)).toBeNull();
      expect(await db.upsertOutlet(client, { slug: "wire", name: "Wire", domain: null })).toBe(wire);
      expect(await client.outlet.count()).toBe(3);
    });
  });
}
