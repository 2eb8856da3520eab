import { removeDemoCorpusAction } from "@/app/admin/demo/actions";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { getEditor } from "@/lib/auth";
import { getDemoCorpusSize, getLastDemoRemoval } from "@/lib/views";

/**
 * For signed-in editors on the story list: while the fictional demo corpus is stored, a button that takes it out
 * (and nothing else); right after, what was removed. Nothing for readers.
 */
export async function DemoCorpusPanel({ justRemoved }: { justRemoved: boolean }) {
  if (!(await getEditor())) return null;
  const removal = justRemoved ? await getLastDemoRemoval() : null;
  if (removal)
    return (
      <div data-testid="demo-removed">
        <Notice tone="ok" live title="Demo corpus removed">
          {plural(removal.articles, "demo article")}, {plural(removal.stories, "story", "stories")} and{" "}
          {plural(removal.outlets, "outlet")} are gone; real articles and stories were not touched
          {removal.storiesKept > 0
            ? ` (${plural(removal.storiesKept, "real story", "real stories")} that had also gathered a demo article kept their own articles)`
            : ""}
          . The removal is in the audit log.
        </Notice>
      </div>
    );
  const size = await getDemoCorpusSize();
  if (size.articles === 0) return null;
  return (
    <section
      aria-labelledby="demo-corpus-heading"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-sm"
      data-testid="demo-corpus-panel"
    >
      <div className="min-w-0 flex-1 basis-72">
        <h2 id="demo-corpus-heading" className="font-semibold">
          The fictional demo corpus is loaded
        </h2>
        <p className="text-muted">
          {plural(size.stories, "demo story", "demo stories")} ({plural(size.articles, "article")}) sit beside
          your news. Removing them deletes only demo outlets, articles and stories, and is audit logged.
        </p>
      </div>
      <form action={removeDemoCorpusAction}>
        <button type="submit" className={buttonClass("secondary")} data-testid="remove-demo">
          Remove the demo corpus
        </button>
      </form>
    </section>
  );
}
