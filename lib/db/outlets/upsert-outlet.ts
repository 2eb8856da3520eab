import "server-only";
import type { OutletInput } from "@/lib/domain";
import type { Db } from "../client";

export type { OutletInput };

/** The outlet with this slug, created if new; a known domain is added to an outlet that had none. */
export async function upsertOutlet(tx: Db, outlet: OutletInput): Promise<string> {
  const existing = await tx.outlet.findUnique({
    where: { slug: outlet.slug },
    select: { id: true, domain: true },
  });
  if (existing) {
    if (!existing.domain && outlet.domain) {
      const taken = await tx.outlet.findUnique({ where: { domain: outlet.domain }, select: { id: true } });
      if (!taken) await tx.outlet.update({ where: { id: existing.id }, data: { domain: outlet.domain } });
    }
    return existing.id;
  }
  const domainTaken = outlet.domain
    ? await tx.outlet.findUnique({ where: { domain: outlet.domain }, select: { id: true } })
    : null;
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
