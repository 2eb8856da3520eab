/** Download links for a story's exports (served by GET /api/stories/{id}/export). */
const FORMATS = [
  { format: "json", label: "JSON", hint: "the full export: articles, quotations, word diffs" },
  { format: "csv", label: "CSV", hint: "one row per quote variant, for spreadsheets" },
  { format: "md", label: "Markdown", hint: "a brief to paste: coverage, differing quotes, omissions" },
] as const;

export function StoryExportLinks({ storyId }: { storyId: string }) {
  return (
    <section
      aria-labelledby="export-heading"
      className="space-y-2 border-t border-line pt-6"
      data-testid="story-export"
    >
      <h2 id="export-heading" className="text-sm font-semibold tracking-[0.1em] text-muted uppercase">
        Export this story
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            <a
              href={`/api/stories/${storyId}/export?format=${format}`}
              download
              className="font-semibold text-accent underline underline-offset-4"
              data-testid={`export-${format}`}
            >
              {label}
            </a>{" "}
            <span className="text-muted">({hint})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
