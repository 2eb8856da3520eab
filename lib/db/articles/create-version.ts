import "server-only";
import type { Db } from "../client";
import type { Quotation } from "@/lib/domain";

export interface VersionInput {
  articleId: string;
  version: number;
  title: string;
  byline: string | null;
  text: string;
  contentHash: string;
  modifiedAt: Date | null;
  fetchedAt: Date;
  quotations: Quotation[];
}

/** Writes one version of an article with the quotations found in its text (inside the caller's transaction). */
export async function createVersionWithQuotations(tx: Db, input: VersionInput): Promise<string> {
  const { quotations, ...version } = input;
  const created = await tx.articleVersion.create({ data: version, select: { id: true } });
  if (quotations.length > 0) {
    await tx.quotation.createMany({
      data: quotations.map((q) => ({
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: q.speaker,
        speakerStart: q.speakerStart,
        speakerEnd: q.speakerEnd,
        speakerRole: q.role,
        speakerNameStart: q.nameStart,
        speakerNameEnd: q.nameEnd,
        cue: q.cue,
        kind: q.kind,
        articleId: input.articleId,
        versionId: created.id,
      })),
    });
  }
  return created.id;
}
