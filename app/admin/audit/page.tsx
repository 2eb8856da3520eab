import type { Metadata } from "next";
import { z } from "zod";
import { AuditList } from "@/components/editor/AuditList";
import { redirectUnlessEditor } from "@/components/editor/require-editor-page";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listAuditLog } from "@/lib/views";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await redirectUnlessEditor("/admin/audit");
  const page = pageSchema.parse((await searchParams).page ?? 1);
  const { entries, pageCount } = await listAuditLog(page);
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Editors"
        title="Audit log"
        description="Every editor decision — articles moved, stories merged or split, API tokens created or revoked — with who made it and when. Automatic clustering and recluster runs leave these decisions in place."
      />
      <AuditList entries={entries} />
      <Pagination page={page} pageCount={pageCount} basePath="/admin/audit" params={{}} />
    </div>
  );
}
