import Form from "next/form";
import Link from "next/link";
import type { StoryListProblem, StoryListQuery } from "@/lib/views";
import { ApplyOnChange } from "./ApplyOnChange";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/Field";
import { countryName, languageName } from "@/components/ui/format";
import { OUTLET_TYPE_LABELS, type OutletType } from "@/lib/outlets";

const labelClass = "block text-xs font-semibold tracking-[0.08em] text-muted uppercase";
const FORM_ID = "story-search-form";

/**
 * The story list's search box, filters and sort order as one GET form: its state lives in the address, so a
 * filtered list can be bookmarked and shared, and it works without JavaScript (next/form adds client navigation).
 * With JavaScript a changed filter applies at once (ApplyOnChange); the button is for the search words.
 * `problems` are the dates the page left out: their fields are marked and the messages shown under them.
 */
export function StorySearchForm({
  query,
  outlets,
  languages,
  countries,
  outletTypes,
  problems = [],
  typedDates = {},
}: {
  query: StoryListQuery;
  outlets: { slug: string; name: string }[];
  languages: string[];
  /** Countries and types recorded for outlets with articles (docs/outlets.md). */
  countries: string[];
  outletTypes: OutletType[];
  problems?: StoryListProblem[];
  /** The dates as given, when left out for being reversed: kept in their fields so they can be swapped. */
  typedDates?: { from?: string; to?: string };
}) {
  const invalid = (field: StoryListProblem["field"]) => problems.some((p) => p.field === field);
  const dateProps = (field: StoryListProblem["field"]) =>
    invalid(field) ? { "aria-invalid": true, "aria-describedby": "search-date-problems" } : {};
  return (
    <Form
      id={FORM_ID}
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
      <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
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
        <FilterSelect
          name="outlet"
          label="Outlet"
          anyLabel="Any outlet"
          value={query.outlet}
          options={outlets.map((o) => [o.slug, o.name])}
        />
        <FilterSelect
          name="country"
          label="Outlet country"
          anyLabel="Any country"
          value={query.country}
          options={countries.map((code) => [code, countryName(code) ?? code])}
        />
        <FilterSelect
          name="type"
          label="Outlet type"
          anyLabel="Any type"
          value={query.type}
          options={outletTypes.map((type) => [type, OUTLET_TYPE_LABELS[type]])}
        />
        <FilterSelect
          name="lang"
          label="Language"
          anyLabel="Any language"
          value={query.lang}
          options={languages.map((code) => [code, languageName(code) ?? code])}
        />
        {(["from", "to"] as const).map((field) => (
          <div key={field} className="space-y-1">
            <label htmlFor={`filter-${field}`} className={labelClass}>
              {field === "from" ? "From" : "To"}
            </label>
            <input
              id={`filter-${field}`}
              type="date"
              name={field}
              defaultValue={query[field] ?? typedDates[field] ?? ""}
              className={inputClass}
              {...dateProps(field)}
            />
          </div>
        ))}
        <div className="col-span-2 flex flex-wrap gap-x-6 gap-y-2 sm:col-span-3 lg:col-span-4">
          {(
            [
              ["multi", "Covered by two or more outlets"],
              ["variants", "Has quote variants"],
            ] as const
          ).map(([name, label]) => (
            <label key={name} className="flex items-center gap-2 text-sm font-semibold">
              <input
                type="checkbox"
                name={name}
                value="1"
                defaultChecked={query[name]}
                className="size-4 accent-accent"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {problems.length > 0 ? (
        <div
          id="search-date-problems"
          role="alert"
          className="space-y-1 rounded-lg border border-error-line bg-error-bg px-4 py-3 text-sm text-error-ink"
          data-testid="search-date-problem"
        >
          {problems.map((problem) => (
            <p key={problem.field + problem.message}>{problem.message}</p>
          ))}
        </div>
      ) : null}
      <p className="text-xs text-muted">
        Filters apply as you change them. All words must appear in one article, quotation or story title, in
        any form (&ldquo;immigration&rdquo; also finds &ldquo;immigrants&rdquo;); use &ldquo;quotes&rdquo; for
        a phrase, OR between alternatives, and -word to exclude.{" "}
        <Link href="/" className="font-semibold text-accent underline underline-offset-4">
          Reset
        </Link>
      </p>
      <ApplyOnChange formId={FORM_ID} />
    </Form>
  );
}

/** One of the list's filters as a select: "any" first, then each value with its label. */
function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: [value: string, label: string][];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
