import type { StoryArticleView } from "@/lib/views";
import { DateTime } from "@/components/ui/DateTime";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { buttonClass } from "@/components/ui/button";
import type { Swatches } from "@/components/ui/swatches";
import { PickerForm } from "./PickerForm";

/** Checkboxes of the story's articles; a GET form, so it works without JavaScript too. */
export function ArticlePicker({
  storyId,
  articles,
  selected,
  max,
  swatches,
}: {
  storyId: string;
  swatches?: Swatches;
  articles: readonly StoryArticleView[];
  selected: readonly string[];
  max: number;
}) {
  const chosen = new Set(selected);
  return (
    <PickerForm
      action={`/stories/${storyId}/compare`}
      className="rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <fieldset>
        <legend className="text-sm font-semibold">
          Articles to compare <span className="font-normal text-muted">(two to {max})</span>
        </legend>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {articles.map((article) => (
            <li key={article.id}>
              <label className="flex h-full cursor-pointer items-start gap-3 rounded-lg border border-line p-3 hover:border-line-strong has-checked:border-accent has-checked:bg-accent-soft">
                <input
                  type="checkbox"
                  name="articles"
                  value={article.id}
                  defaultChecked={chosen.has(article.id)}
                  className="mt-1 size-4 shrink-0 accent-accent"
                />
                <span className="min-w-0 space-y-0.5">
                  <OutletBadge name={article.outlet.name} swatch={swatches?.get(article.outlet.name)} />
                  <span className="line-clamp-2 block text-sm leading-snug">{article.title}</span>
                  <DateTime iso={article.publishedAt} className="block text-xs text-muted" />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          Compare selected
        </button>
        <p className="text-xs text-muted">The page address keeps your selection, so you can share it.</p>
      </div>
    </PickerForm>
  );
}
