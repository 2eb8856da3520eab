import "server-only";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";

/** A quotation that another outlet words differently from its group's shared wording: a story feed's event. */
export interface EventVariantRow {
  quotationId: string;
  storyId: string;
  text: string;
  /** The wording most outlets share (the group's reference quotation). */
  referenceText: string;
  speaker: string | null;
  articleId: string;
  outlet: string;
  /** When the version holding the quotation was taken in. */
  fetchedAt: Date;
}

export interface QuoteVariantRead {
  variants: EventVariantRow[];
  /** Quotations read (variants and the identical wordings left out), and the last one's time: for paging. */
  read: number;
  lastFetchedAt: Date | undefined;
}

/**
 * Quotations in quote groups carried by several outlets that `where` selects, the newest `take` (or oldest,
 * `oldestFirst`), kept when their wording differs from their group's reference. Reads only.
 */
export async function loadQuoteVariants(
  db: Db,
  where: Prisma.QuotationWhereInput,
  take: number,
  { oldestFirst = false }: { oldestFirst?: boolean } = {},
): Promise<QuoteVariantRead> {
  const order = oldestFirst ? "asc" : "desc";
  const rows = await db.quotation.findMany({
    where: { ...where, group: { variantCount: { gt: 1 } } },
    orderBy: [{ version: { fetchedAt: order } }, { id: order }],
    take,
    select: {
      id: true,
      text: true,
      speaker: true,
      article: { select: { id: true, outlet: { select: { name: true } } } },
      version: { select: { fetchedAt: true } },
      group: { select: { storyId: true, referenceQuotationId: true } },
    },
  });
  const referenceIds = [
    ...new Set(rows.flatMap((r) => (r.group?.referenceQuotationId ? [r.group.referenceQuotationId] : []))),
  ];
  const references = new Map(
    (referenceIds.length > 0
      ? await db.quotation.findMany({ where: { id: { in: referenceIds } }, select: { id: true, text: true } })
      : []
    ).map((r) => [r.id, r.text]),
  );
  const variants = rows.flatMap((row): EventVariantRow[] => {
    const referenceId = row.group?.referenceQuotationId;
    const referenceText = referenceId ? references.get(referenceId) : undefined;
    if (!row.group || !referenceText || referenceId === row.id || referenceText === row.text) return [];
    return [
      {
        quotationId: row.id,
        storyId: row.group.storyId,
        text: row.text,
        referenceText,
        speaker: row.speaker,
        articleId: row.article.id,
        outlet: row.article.outlet.name,
        fetchedAt: row.version.fetchedAt,
      },
    ];
  });
  return { variants, read: rows.length, lastFetchedAt: rows.at(-1)?.version.fetchedAt };
}
