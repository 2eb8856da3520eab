import Form from "next/form";
import Link from "next/link";
import type { StoryListQuery } from "@/lib/views";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/Field";
import { languageName } from "@/components/ui/format";

const labelClass = "block text-xs font-semibold tracking-[0.08em] text-muted uppercase";

/**
 * The story list's search box, filters and sort order as one GET form: its state lives in the address, so a
 * filtered list can be bookmarked and shared, and it works without JavaScript (next/form adds client navigation).
 */
export function StorySearchForm({
  query,
  outlets,
  languages,
}: {
  query: StoryListQuery;
  outlets: { slug: string; name: string }[];
  languages: string[];
}) {
  return (
    <Form
      action="/"
      role="search"
      aria-label="Search and filter stories"
      className="space-y-4"
      data-testid="story-search"
    >
      <div className="flex gap-2">
        <label htmlFor="story-search" className="sr-only">
          Search articles and quotations
        </label>
        <input
          id="story-search"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          placeholder='Search articles and quotations, e.g. "port strike" -wages'
          maxLength={500}
          className={`${inputClass} min-w-0 flex-1`}
        />
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
      </div>
      <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <legend className="sr-only">Filters and order</legend>
        <div className="space-y-1">
          <label htmlFor="filter-sort" className={labelClass}>
            Order
          </label>
          <select id="filter-sort" name="sort" defaultValue={query.sort} className={inputClass}>
            <option value="newest">Newest</option>
            <option value="covered">Most covered</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-outlet" className={labelClass}>
            Outlet
          </label>
          <select id="filter-outlet" name="outlet" defaultValue={query.outlet ?? ""} className={inputClass}>
            <option value="">Any outlet</option>
            {outlets.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-lang" className={labelClass}>
            Language
          </label>
          <select id="filter-lang" name="lang" defaultValue={query.lang ?? ""} className={inputClass}>
            <option value="">Any language</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code) ?? code}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-from" className={labelClass}>
            From
          </label>
          <input
            id="filter-from"
            type="date"
            name="from"
            defaultValue={query.from ?? ""}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-to" className={labelClass}>
            To
          </label>
          <input id="filter-to" type="date" name="to" defaultValue={query.to ?? ""} className={inputClass} />
        </div>
        <div className="flex items-end pb-2">
          <label className="flex items-center gap-2 text-sm font-semibold">
            <input
              type="checkbox"
              name="variants"
              value="1"
              defaultChecked={query.variants}
              className="size-4 accent-accent"
            />
            Has quote variants
          </label>
        </div>
      </fieldset>
      <p className="text-xs text-muted">
        All words must appear; use &ldquo;quotes&rdquo; for a phrase, OR between alternatives, and -word to
        exclude.{" "}
        <Link href="/" className="font-semibold text-accent underline underline-offset-4">
          Reset
        </Link>
      </p>
    </Form>
  );
}
