import type { ArticleChanges } from "@/lib/views";
import { QuoteDiff } from "@/components/compare/QuoteDiff";

/**
 * The body of one version against another. An edit reads best inline (removed words struck, added words
 * underlined); a rewrite, where little is shared, is shown as the two texts side by side.
 */
export function VersionDiff({ changes }: { changes: ArticleChanges }) {
  if (changes.rewritten) {
    return (
      <div className="grid gap-6 md:grid-cols-2" data-testid="version-rewritten">
        {[changes.from, changes.to].map((v) => (
          <section key={v.version} aria-label={`Version ${v.version}`} className="min-w-0 space-y-3">
            <h3 className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
              Version {v.version}
            </h3>
            <div className="font-serif leading-relaxed whitespace-pre-line">{v.text}</div>
          </section>
        ))}
      </div>
    );
  }
  return (
    <div className="max-w-[70ch] font-serif leading-relaxed whitespace-pre-line" data-testid="version-diff">
      <QuoteDiff ops={changes.bodyDiff} />
    </div>
  );
}
