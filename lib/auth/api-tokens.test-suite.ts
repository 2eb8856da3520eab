import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type * as AuthModule from "./index";
import type * as DbModule from "@/lib/db";

const CONFIGURED = "configured-token-0123456789";

/** API tokens created by editors: stored hashed, accepted by POST /api/articles, stamped on use, revocable. */
export function describeApiTokens(provider: TestProvider): void {
  describe(`API tokens on ${provider}`, () => {
    useTestDatabase(provider, { PARALLAX_API_TOKEN: CONFIGURED });
    let auth: typeof AuthModule;
    let db: typeof DbModule;
    let POST: (request: Request) => Promise<Response>;

    beforeAll(async () => {
      auth = await import("./index");
      db = await import("@/lib/db");
      ({ POST } = await import("@/app/api/articles/route"));
    });

    const post = (token: string) =>
      POST(
        new Request("http://localhost/api/articles", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({
            text: "Harbour ferry strike ends\n\nFerry crews in Lisvard ended their strike on Monday after the port agreed to a new rota, the union said. Crossings resume on Tuesday morning.",
            outlet: "Token Test Gazette",
          }),
        }),
      );

    it("stores only the hash and a display prefix, and audits the creation", async () => {
      const { token, secret } = await auth.issueApiToken("Newsroom CMS", "Ada");
      const client = await db.getDb();
      const row = await client.apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.tokenHash).toBe(auth.hashApiTokenSecret(secret));
      expect(JSON.stringify(row)).not.toContain(secret);
      expect(secret.startsWith(row.prefix)).toBe(true);
      expect(row.prefix.length).toBeLessThan(secret.length / 2);
      expect(row).toMatchObject({ name: "Newsroom CMS", createdBy: "Ada", lastUsedAt: null });
      const audit = await client.auditLog.findMany({ where: { targetId: token.id } });
      expect(audit).toEqual([expect.objectContaining({ actor: "Ada", action: "token.create" })]);
    });

    it("lets POST /api/articles in with an editor's token, stamping its last use", async () => {
      const { token, secret } = await auth.issueApiToken("Script", "Ada");
      const response = await post(secret);
      expect(response.status).toBe(201);
      const row = await (await db.getDb()).apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(row.lastUsedAt).toBeInstanceOf(Date);
      expect((await post(CONFIGURED)).status, "the configured token still works").toBe(200);
    });

    it("refuses a revoked token and unknown ones with 401, and audits the revocation", async () => {
      const { token, secret } = await auth.issueApiToken("Old laptop", "Ada");
      await auth.withdrawApiToken(token.id, "Grace");
      expect((await post(secret)).status).toBe(401);
      expect((await post(`${secret}x`)).status).toBe(401);
      expect((await post("plx_made-up-token-value-0000000000000000000000")).status).toBe(401);
      await expect(auth.withdrawApiToken(token.id, "Grace")).rejects.toMatchObject({ code: "NOT_FOUND" });
      const list = await auth.apiTokenList();
      expect(list[list.length - 1]).toMatchObject({ id: token.id, revokedAt: expect.any(Date) });
      const audit = await (await db.getDb()).auditLog.findMany({ where: { targetId: token.id } });
      expect(audit.map((a) => `${a.action}:${a.actor}`).sort()).toEqual([
        "token.create:Ada",
        "token.revoke:Grace",
      ]);
    });
  });
}
