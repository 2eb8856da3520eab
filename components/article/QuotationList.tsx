import type { QuotationView } from "@/lib/views";
import { quotationAnchor } from "./ArticleText";
import { SpeakerRole } from "@/components/ui/SpeakerRole";

/** The article's quotations in order, each with its speaker and cue, linking to its place in the text. */
export function QuotationList({ quotations }: { quotations: readonly QuotationView[] }) {
  if (quotations.length === 0)
    return <p className="text-sm text-muted">No direct quotations found in this article.</p>;
  const ordered = [...quotations].sort((a, b) => a.start - b.start);
  return (
    <ol className="space-y-3" data-testid="quotation-list">
      {ordered.map((q) => (
        <li key={q.id} className="border-l-2 border-mark-line pl-3">
          <a
            href={`#${quotationAnchor(q.id)}`}
            className="line-clamp-4 font-serif text-[0.95rem] leading-snug no-underline hover:underline"
          >
            “{q.text}”
          </a>
          <p className="mt-1 text-xs text-muted">
            <span className="font-semibold text-ink">{q.speaker ?? "Unattributed"}</span>
            <SpeakerRole role={q.speakerRole ?? null} />
            {q.cue ? <> · cue: “{q.cue}”</> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
