import { isNoiseToken, type DiffOp } from "@/lib/compare";
import { cx } from "@/components/ui/cx";

function splitSpace(text: string): [string, string, string] {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  return [m?.[1] ?? "", m?.[2] ?? text, m?.[3] ?? ""];
}

/**
 * A word-level diff of a quotation against the reference wording, from diff-match-patch ops.
 * Deletions (words only the reference has) are <del class="diff-del">: red, struck through, marked "−" and
 * announced as "removed:"; insertions (words only this variant has) are <ins class="diff-ins">: green,
 * underlined, marked "+" and announced as "added:". Colour is never the only cue.
 */
export function QuoteDiff({ ops, className }: { ops: readonly DiffOp[]; className?: string }) {
  return (
    <span className={cx("diff", className)}>
      {ops.map(([kind, text], index) => {
        if (kind === 0) return <span key={index}>{text}</span>;
        // Whitespace and punctuation alone are noise, not wording: shown as this variant writes them, unmarked.
        if (isNoiseToken(text)) return kind === 1 ? <span key={index}>{text}</span> : null;
        const [lead, core, trail] = splitSpace(text);
        if (core === "") return <span key={index}>{text}</span>;
        return (
          <span key={index}>
            {lead}
            {kind === -1 ? (
              <del className="diff-del">
                <span className="sr-only">[removed: </span>
                <span aria-hidden="true" className="diff-marker">
                  −
                </span>
                {core}
                <span className="sr-only">]</span>
              </del>
            ) : (
              <ins className="diff-ins">
                <span className="sr-only">[added: </span>
                <span aria-hidden="true" className="diff-marker">
                  +
                </span>
                {core}
                <span className="sr-only">]</span>
              </ins>
            )}
            {trail}
          </span>
        );
      })}
    </span>
  );
}

/** The key to the diff marks, shown once above a list of diffs. */
export function DiffLegend({
  className,
  removed = "only in the reference wording",
  added = "only in this outlet’s wording",
}: {
  className?: string;
  removed?: string;
  added?: string;
}) {
  return (
    <p className={cx("flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted", className)}>
      <span>How to read the differences:</span>
      <span>
        <del className="diff-del">
          <span aria-hidden="true" className="diff-marker">
            −
          </span>
          words
        </del>{" "}
        {removed}
      </span>
      <span>
        <ins className="diff-ins">
          <span aria-hidden="true" className="diff-marker">
            +
          </span>
          words
        </ins>{" "}
        {added}
      </span>
    </p>
  );
}
