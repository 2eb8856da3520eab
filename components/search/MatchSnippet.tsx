import type { StoryMatchView } from "@/lib/views";

const SOURCE_LABEL: Record<StoryMatchView["source"], (outlet: string | null) => string> = {
  article: (outlet) => (outlet ? `${outlet}:` : "Article:"),
  quotation: (outlet) => (outlet ? `Quoted in ${outlet}:` : "Quotation:"),
  title: () => "Story title:",
};

/** The text between highlights, and the highlights as <mark>: plain text only, so nothing in it is markup. */
export function markedParts(match: Pick<StoryMatchView, "text" | "highlights">) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of match.highlights) {
    if (start < at || end > match.text.length || end <= start) continue;
    if (start > at) parts.push({ text: match.text.slice(at, start), marked: false });
    parts.push({ text: match.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < match.text.length) parts.push({ text: match.text.slice(at), marked: false });
  return parts;
}

/** Why a story matched the search: where, and an excerpt with the matched words marked. */
export function MatchSnippet({ match }: { match: StoryMatchView }) {
  return (
    <p className="mt-3 border-l-2 border-line-strong pl-3 text-sm text-ink" data-testid="story-match">
      <span className="font-semibold text-muted">{SOURCE_LABEL[match.source](match.outlet)}</span>{" "}
      {markedParts(match).map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded-sm bg-mark px-0.5 font-semibold text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
