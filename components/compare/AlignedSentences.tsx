import type { CompareAlignmentRow } from "@/lib/views";
import { OutletBadge } from "@/components/ui/OutletBadge";
import type { Swatches } from "@/components/ui/swatches";

/** The sentences of one alignment row, each under its outlet. */
export function AlignedSentences({
  sentences,
  outletOf,
  swatches,
}: {
  sentences: CompareAlignmentRow["sentences"];
  outletOf: (articleId: string) => string;
  swatches?: Swatches;
}) {
  return (
    <div className="space-y-3">
      {sentences.map((sentence) => (
        <figure key={`${sentence.articleId}-${sentence.start}`} className="space-y-1">
          <figcaption>
            <OutletBadge
              name={outletOf(sentence.articleId)}
              swatch={swatches?.get(outletOf(sentence.articleId))}
            />
          </figcaption>
          <blockquote className="max-w-[70ch] font-serif leading-relaxed">{sentence.text}</blockquote>
        </figure>
      ))}
    </div>
  );
}
