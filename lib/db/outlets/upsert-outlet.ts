import "server-only";
import type { OutletInput } from "@/lib/domain";
import type { Db } from "../client";

export type { OutletInput };

/** The outlet with this slug, created if new; a known domain is added to an outlet that had none. */
export async function upsertOutlet(tx: Db, outlet: OutletInput): Promise<string> {
  // One read answers both questions (the outlet by its slug, and who holds the domain): every article stored
  // asks it, and outlets sharing a host (one site, several names) asked twice.
  const rows = await tx.$queryRaw<
    { id: string; slug: string; domain: string | null }[]
  >`SELECT "id", "slug", "domain" FROM "Outlet" WHERE "slug" = ${outlet.slug} OR "domain" = ${outlet.domain ?? null}`;
  const existing = rows.find((r) => r.slug === outlet.slug);
  const domainTaken = Boolean(outlet.domain) && rows.some((r) => r.domain === outlet.domain);
  if (existing) {
    if (!existing.domain && outlet.domain && !domainTaken)
      await tx.outlet.update({ where: { id: existing.id }, data: { domain: outlet.domain } });
    return existing.id;
  }
  const created = await tx.outlet.create({
    data: {
      slug: outlet.slug,
      name: outlet.name,
      domain: domainTaken ? null : outlet.domain,
      country: outlet.country ?? null,
      language: outlet.language ?? null,
      demo: outlet.demo === true,
    },
    select: { id: true },
  });
  return created.id;
}
