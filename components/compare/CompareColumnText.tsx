import type { ReactNode } from "react";
import type { QuoteLink } from "@/components/article/ArticleText";
import { quotationAnchor } from "@/components/article/ArticleText";
import { cx } from "@/components/ui/cx";
import type { QuotationView } from "@/lib/views";
import {
  columnParagraphs,
  type ColumnPiece,
  type ColumnSentenceInput,
  type SentenceStatus,
} from "./column-segments";

/*
 * Marks depend on the workspace's granularity (data-granularity on an ancestor, see CompareWorkspace): word
 * marks show only in word mode, sentence marks only in sentence mode. Never colour alone: added words are
 * underlined with a "+" marker, sentences carry a marker and a border style, and each has hidden text for
 * screen readers in its own mode. Class names are written out in full: Tailwind only generates what it finds
 * literally in the source.
 */
const IN_SENTENCE_MODE = "hidden in-data-[granularity=sentence]:inline";
const MARKER_IN_SENTENCE_MODE = "hidden in-data-[granularity=sentence]:inline-block";
const IN_WORD_MODE = "hidden in-data-[granularity=word]:inline";
const MARKER_IN_WORD_MODE = "hidden in-data-[granularity=word]:inline-block";
const ADDED_WORDS =
  "no-underline in-data-[granularity=word]:bg-ins-bg in-data-[granularity=word]:text-ins-ink in-data-[granularity=word]:underline in-data-[granularity=word]:decoration-[0.09em] in-data-[granularity=word]:underline-offset-[0.18em]";

const STATUS_MARK: Record<SentenceStatus, { marker: string; label: string; className: string } | null> = {
  shared: null,
  partial: {
    marker: "◐",
    label: "in some of the compared articles only",
    className:
      "in-data-[granularity=sentence]:border-b-2 in-data-[granularity=sentence]:border-dotted in-data-[granularity=sentence]:border-muted",
  },
  only: {
    marker: "+",
    label: "only in this article",
    className:
      "in-data-[granularity=sentence]:border-b-2 in-data-[granularity=sentence]:border-dashed in-data-[granularity=sentence]:border-ins-ink in-data-[granularity=sentence]:bg-ins-bg",
  },
};

/**
 * One compared article's text: paragraphs of aligned sentences (focusable, linked to their counterparts in the
 * other columns through data-row), quotations linked to their quote groups (data-group), and the words this
 * article has that the reference column lacks. Text is rendered as React text nodes only: never as HTML.
 */
export function CompareColumnText({
  text,
  sentences,
  quotations,
  added,
  removed = [],
  referenceOutlet = "the first column",
  linkFor,
}: {
  text: string;
  sentences: readonly ColumnSentenceInput[];
  quotations: readonly QuotationView[];
  /** Word ranges the reference lacks; empty for the reference itself or a rewritten article. */
  added: readonly (readonly [number, number])[];
  /** Where words of the reference are missing; empty like `added`. */
  removed?: readonly { at: number; words: number }[];
  referenceOutlet?: string;
  linkFor: (quotation: QuotationView) => QuoteLink | null;
}) {
  const paragraphs = columnParagraphs(text, { sentences, quotations, added, removed });
  if (paragraphs.length === 0) return <p className="text-muted italic">This article has no text.</p>;
  return (
    <div className="prose-article font-serif text-base leading-[1.65] text-ink">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="mb-4 whitespace-pre-line last:mb-0">
          {paragraph.sentences.map((sentence) => {
            const pieces = sentence.pieces.map((piece) => (
              <Piece key={piece.start} piece={piece} linkFor={linkFor} referenceOutlet={referenceOutlet} />
            ));
            if (sentence.rowKey === null) return <span key={sentence.start}>{pieces}</span>;
            const mark = sentence.status ? STATUS_MARK[sentence.status] : null;
            return (
              <span
                key={sentence.start}
                data-row={sentence.rowKey}
                data-status={sentence.status ?? undefined}
                data-sentence=""
                tabIndex={-1}
                className={cx(
                  "rounded-sm outline-offset-2 focus-visible:outline-2 focus-visible:outline-accent data-linked:bg-accent-soft data-linked:outline-2 data-linked:outline-accent",
                  mark?.className,
                )}
              >
                {mark ? (
                  <>
                    <span
                      aria-hidden="true"
                      className={cx("diff-marker text-ins-ink", MARKER_IN_SENTENCE_MODE)}
                    >
                      {mark.marker}
                    </span>
                    <span className={cx("sr-only", IN_SENTENCE_MODE)}>[{mark.label}] </span>
                  </>
                ) : null}
                {pieces}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}

function Piece({
  piece,
  linkFor,
  referenceOutlet,
}: {
  piece: ColumnPiece;
  linkFor: (q: QuotationView) => QuoteLink | null;
  referenceOutlet: string;
}) {
  const removal =
    piece.removedBefore > 0 ? (
      <del
        className={cx("diff-del mr-0.5 font-sans text-[0.7em] no-underline", IN_WORD_MODE)}
        title={`${piece.removedBefore} ${piece.removedBefore === 1 ? "word" : "words"} of ${referenceOutlet}'s text left out here`}
        data-removed={piece.removedBefore}
      >
        <span aria-hidden="true">−{piece.removedBefore}</span>
        <span className="sr-only">
          ({piece.removedBefore} {piece.removedBefore === 1 ? "word" : "words"} of {referenceOutlet}&rsquo;s
          text left out here)
        </span>
      </del>
    ) : null;
  const marked = <PieceMarks piece={piece} linkFor={linkFor} />;
  return removal ? (
    <>
      {removal}
      {marked}
    </>
  ) : (
    marked
  );
}

function PieceMarks({
  piece,
  linkFor,
}: {
  piece: ColumnPiece;
  linkFor: (q: QuotationView) => QuoteLink | null;
}) {
  let node: ReactNode = piece.text;
  if (piece.added) {
    node = (
      <ins className={ADDED_WORDS} data-added="">
        {piece.addedFirst ? (
          <>
            <span className={cx("sr-only", IN_WORD_MODE)}>(added) </span>
            <span aria-hidden="true" className={cx("diff-marker", MARKER_IN_WORD_MODE)}>
              +
            </span>
          </>
        ) : null}
        {node}
      </ins>
    );
  }
  if (piece.speaker) node = <span className="speaker-mark">{node}</span>;
  const quotation = piece.quote;
  if (!quotation) return <>{node}</>;
  const link = linkFor(quotation);
  const who = quotation.speaker ? `Quotation from ${quotation.speaker}` : "Quotation, speaker not identified";
  const id = piece.quoteFirst ? quotationAnchor(quotation.id) : undefined;
  const linked = "data-linked:outline-2 data-linked:outline-accent";
  if (!link) {
    return (
      <mark
        id={id}
        className={cx("quote-mark", linked)}
        title={who}
        data-group={quotation.groupId ?? undefined}
      >
        {node}
      </mark>
    );
  }
  return (
    <>
      <a
        id={id}
        href={link.href}
        className={cx("quote-mark no-underline hover:border-accent hover:bg-accent-soft", linked)}
        title={`${who}. ${link.description}`}
        data-group={quotation.groupId ?? undefined}
      >
        {node}
        {piece.quoteFirst ? <span className="sr-only"> ({link.description})</span> : null}
      </a>
      {link.note && piece.quoteFirst ? (
        <sup className="ml-0.5 font-sans text-[0.7em] font-semibold text-accent" aria-hidden="true">
          {link.note}
        </sup>
      ) : null}
    </>
  );
}
