import type { ReactNode } from "react";
import type { QuotationView } from "@/lib/views";
import { cx } from "@/components/ui/cx";
import { segmentParagraphs, type Highlight } from "./segments";

type Mark = { kind: "quote"; quotation: QuotationView } | { kind: "speaker"; quotation: QuotationView };

export interface QuoteLink {
  href: string;
  /** Short text for assistive tech and the tooltip, e.g. "Compare wordings across outlets". */
  description: string;
  /** Optional small label shown after the quotation, e.g. a group number. */
  note?: string;
}

/** The id of a quotation's highlight in the page, for links such as /articles/x#q-<id>. */
export function quotationAnchor(quotationId: string): string {
  return `q-${quotationId}`;
}

/**
 * An article's clean text as paragraphs, with its quotations highlighted (and their speakers underlined).
 * Text is rendered as React text nodes only: never as HTML.
 */
export function ArticleText({
  text,
  quotations,
  linkFor,
  className,
}: {
  text: string;
  quotations: readonly QuotationView[];
  /** Where a quotation links to (its quote group), or null to leave it unlinked. */
  linkFor?: (quotation: QuotationView) => QuoteLink | null;
  className?: string;
}) {
  const highlights: Highlight<Mark>[] = [];
  for (const q of quotations) {
    highlights.push({ start: q.start, end: q.end, data: { kind: "quote", quotation: q } });
    if (q.speakerStart !== null && q.speakerEnd !== null) {
      highlights.push({ start: q.speakerStart, end: q.speakerEnd, data: { kind: "speaker", quotation: q } });
    }
  }
  const paragraphs = segmentParagraphs(text, highlights);
  if (paragraphs.length === 0) return <p className="text-muted italic">This article has no text.</p>;

  return (
    <div className={cx("prose-article font-serif text-[1.0625rem] leading-[1.7] text-ink", className)}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="whitespace-pre-line">
          {paragraph.segments.map((segment): ReactNode => {
            const key = segment.start;
            if (!segment.data) return <span key={key}>{segment.text}</span>;
            const { quotation } = segment.data;
            if (segment.data.kind === "speaker") {
              return (
                <span key={key} className="speaker-mark" title="Speaker">
                  {segment.text}
                </span>
              );
            }
            const link = linkFor?.(quotation) ?? null;
            const who = quotation.speaker
              ? `Quotation from ${quotation.speaker}`
              : "Quotation, speaker not identified";
            const id = segment.first ? quotationAnchor(quotation.id) : undefined;
            if (!link) {
              return (
                <mark key={key} id={id} className="quote-mark" title={who}>
                  {segment.text}
                </mark>
              );
            }
            return (
              <span key={key}>
                <a
                  id={id}
                  href={link.href}
                  className="quote-mark no-underline hover:border-accent hover:bg-accent-soft"
                  title={`${who}. ${link.description}`}
                >
                  {segment.text}
                  <span className="sr-only"> ({link.description})</span>
                </a>
                {link.note && segment.first ? (
                  <sup className="ml-0.5 font-sans text-[0.7em] font-semibold text-accent" aria-hidden="true">
                    {link.note}
                  </sup>
                ) : null}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
