import type { ArticleFraming, FramingExample as Example, FramingSignals, TermCount } from "@/lib/compare";
import { Disclosure } from "@/components/ui/Disclosure";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";
import { FramingExample } from "./FramingExample";

const CUE_COLUMNS = [
  { id: "neutral", label: "Neutral" },
  { id: "doubt", label: "Doubting" },
  { id: "forceful", label: "Forceful" },
  { id: "other", label: "Other" },
] as const;

/** Articles shown at most; a larger story's framing lists its earliest ones. */
const SHOWN_ARTICLES = 8;
/** People whose naming is shown before the rest fold into a disclosure. */
const ACTORS_SHOWN = 2;

function perThousand(count: number, words: number): string {
  if (words === 0) return "–";
  return ((count * 1000) / words).toFixed(1);
}

function total(terms: readonly TermCount[]): number {
  return terms.reduce((n, t) => n + t.count, 0);
}

/**
 * Framing signals side by side: headlines, attribution verbs, the labels outlets give the same people, and
 * hedges and loaded words from the documented lexicon. Every number has its examples one click away; the
 * panel states differences and leaves the judgement to the reader.
 */
export function FramingPanel({
  framing,
  swatches,
  headingLevel = 3,
}: {
  framing: FramingSignals;
  swatches?: Swatches;
  headingLevel?: 3 | 4;
}) {
  const H = headingLevel === 3 ? "h3" : "h4";
  const shown = framing.articles.slice(0, SHOWN_ARTICLES);
  if (shown.length === 0) {
    return <p className="text-sm text-muted">No article text to examine yet.</p>;
  }
  const heading = "text-sm font-semibold tracking-[0.1em] text-muted uppercase";
  const categoryLabel = new Map(framing.categories.map((c) => [`${c.kind}:${c.id}`, c.label]));
  return (
    <div className="space-y-8" data-testid="framing-panel">
      <p className="max-w-[70ch] rounded-lg border border-line bg-sunken px-4 py-3 text-sm text-muted">
        <strong className="text-ink">Evidence, not a verdict.</strong> These are counts of wording choices,
        each with examples from the text. Words inside quotations are the speaker&rsquo;s, so they are counted
        apart.
        {framing.articles.length > shown.length
          ? ` Showing the first ${shown.length} of ${framing.articles.length} articles.`
          : null}
      </p>

      <div className="space-y-3">
        <H className={heading}>Headlines</H>
        <ul className="space-y-2" data-testid="framing-headlines">
          {shown.map((a) => (
            <li key={a.articleId} className="grid gap-1 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4">
              <OutletBadge name={a.outlet} swatch={swatches?.get(a.outlet)} />
              <Headline article={a} />
            </li>
          ))}
        </ul>
        <p className="text-xs text-muted">
          <span className="font-semibold text-ink underline decoration-dotted decoration-2 underline-offset-4">
            Marked words
          </span>{" "}
          appear in no other outlet&rsquo;s headline.
        </p>
      </div>

      <div className="space-y-3">
        <H className={heading}>How quotations are attributed</H>
        <div className="overflow-x-auto" role="region" aria-label="Attribution verbs per outlet" tabIndex={0}>
          <table className="w-full min-w-[32rem] text-left text-sm" data-testid="framing-cues">
            <thead>
              <tr className="border-b border-line text-muted">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Outlet
                </th>
                {CUE_COLUMNS.map((c) => (
                  <th key={c.id} scope="col" className="py-2 pr-4 font-semibold">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.articleId} className="border-b border-line align-top last:border-b-0">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <OutletBadge name={a.outlet} swatch={swatches?.get(a.outlet)} />
                  </th>
                  {CUE_COLUMNS.map((c) => {
                    const cues = a.cues.filter((cue) => cue.category === c.id);
                    return (
                      <td key={c.id} className="py-2 pr-4">
                        {cues.length === 0 ? (
                          <span className="text-muted" aria-label="none">
                            –
                          </span>
                        ) : (
                          cues.map((cue) => (
                            <span key={cue.verb} className="mr-2 inline-block whitespace-nowrap">
                              “{cue.verb}” <span className="text-muted">×{cue.count}</span>
                            </span>
                          ))
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Examples
          summary="Examples of attribution"
          groups={shown.map((a) => ({
            article: a,
            items: a.cues.map((c) => ({ key: c.verb, label: `“${c.verb}”`, examples: c.examples })),
          }))}
          swatches={swatches}
        />
      </div>

      {framing.actors.length > 0 ? (
        <div className="space-y-3">
          <H className={heading}>How each outlet names the same people</H>
          <div className="space-y-4" data-testid="framing-labels">
            {framing.actors.slice(0, ACTORS_SHOWN).map((actor) => (
              <ActorLabels key={actor.actor} actor={actor} shown={shown} swatches={swatches} />
            ))}
            {framing.actors.length > ACTORS_SHOWN ? (
              <Disclosure
                summary={`Show ${plural(framing.actors.length - ACTORS_SHOWN, "more person", "more people")}`}
                className="text-sm"
                testId="framing-more-people"
              >
                <div className="space-y-4">
                  {framing.actors.slice(ACTORS_SHOWN).map((actor) => (
                    <ActorLabels key={actor.actor} actor={actor} shown={shown} swatches={swatches} />
                  ))}
                </div>
              </Disclosure>
            ) : null}
          </div>
        </div>
      ) : null}

      <div className="space-y-3">
        <H className={heading}>Hedges and loaded words</H>
        <div
          className="overflow-x-auto"
          role="region"
          aria-label="Hedges and loaded words per outlet"
          tabIndex={0}
        >
          <table className="w-full min-w-[36rem] text-left text-sm" data-testid="framing-terms">
            <thead>
              <tr className="border-b border-line text-muted">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Outlet
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Hedges <span className="font-normal">(per 1,000 words)</span>
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Loaded words <span className="font-normal">(per 1,000 words)</span>
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  In quotations
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.articleId} className="border-b border-line align-top last:border-b-0">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <OutletBadge name={a.outlet} swatch={swatches?.get(a.outlet)} />
                    <span className="block text-xs text-muted">{plural(a.wordCount, "word")}</span>
                  </th>
                  <TermsCell terms={a.hedges} words={a.wordCount} kind="hedge" labels={categoryLabel} />
                  <TermsCell terms={a.loaded} words={a.wordCount} kind="loaded" labels={categoryLabel} />
                  <td className="py-2 pr-4 text-muted">
                    {a.quotedHedges + a.quotedLoaded > 0
                      ? `${plural(a.quotedHedges, "hedge")}, ${plural(a.quotedLoaded, "loaded word")}`
                      : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Examples
          summary="Examples of hedges and loaded words"
          groups={shown.map((a) => ({
            article: a,
            items: [...a.hedges, ...a.loaded].map((t) => ({
              key: t.term,
              label: `“${t.term}”`,
              examples: t.examples,
            })),
          }))}
          swatches={swatches}
        />
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold text-accent">
            What the lexicon counts, and why
          </summary>
          <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_minmax(0,1fr)]">
            {framing.categories.map((c) => (
              <div key={`${c.kind}:${c.id}`} className="contents">
                <dt className="font-semibold">
                  {c.label} <span className="font-normal text-muted">({kindName(c.kind)})</span>
                </dt>
                <dd className="text-muted">{c.rationale}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </div>
  );
}

function kindName(kind: "cue" | "hedge" | "loaded"): string {
  return kind === "cue" ? "attribution" : kind === "hedge" ? "hedge" : "loaded";
}

function Headline({ article }: { article: ArticleFraming }) {
  const distinctive = new Set(article.distinctiveHeadlineWords.map((w) => w.toLowerCase()));
  if (distinctive.size === 0) return <span className="font-serif">{article.headline}</span>;
  const parts = article.headline.split(/([\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*)/u);
  return (
    <span className="font-serif">
      {parts.map((part, i) =>
        distinctive.has(part.toLowerCase()) ? (
          <strong key={i} className="underline decoration-dotted decoration-2 underline-offset-4">
            {part}
            <span className="sr-only"> (only this headline)</span>
          </strong>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </span>
  );
}

function TermsCell({
  terms,
  words,
  kind,
  labels,
}: {
  terms: readonly TermCount[];
  words: number;
  kind: "hedge" | "loaded";
  labels: ReadonlyMap<string, string>;
}) {
  const count = total(terms);
  return (
    <td className="py-2 pr-4">
      <span className="font-semibold">{count}</span>{" "}
      <span className="text-muted">({perThousand(count, words)})</span>
      {terms.length > 0 ? (
        <span className="block">
          {terms.map((t) => (
            <span
              key={t.term}
              className="mr-2 inline-block whitespace-nowrap"
              title={labels.get(`${kind}:${t.category}`)}
            >
              “{t.term}” <span className="text-muted">×{t.count}</span>
            </span>
          ))}
        </span>
      ) : null}
    </td>
  );
}

function Examples({
  summary,
  groups,
  swatches,
}: {
  summary: string;
  groups: {
    article: ArticleFraming;
    items: { key: string; label: string; examples: Example[] }[];
  }[];
  swatches?: Swatches;
}) {
  const withItems = groups.filter((g) => g.items.some((i) => i.examples.length > 0));
  if (withItems.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-accent">{summary}</summary>
      <div className="mt-3 space-y-4">
        {withItems.map(({ article, items }) => (
          <div key={article.articleId} className="space-y-2">
            <OutletBadge name={article.outlet} swatch={swatches?.get(article.outlet)} />
            <ul className="space-y-1.5 pl-4">
              {items.flatMap((item) =>
                item.examples.map((e) => (
                  <li key={`${item.key}-${e.start}`} className="list-disc">
                    <span className="mr-2 font-semibold">{item.label}</span>
                    <FramingExample example={e} />
                  </li>
                )),
              )}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}

/** How each outlet names one person: its titles and descriptions, or that it names them without one. */
function ActorLabels({
  actor,
  shown,
  swatches,
}: {
  actor: FramingSignals["actors"][number];
  shown: readonly ArticleFraming[];
  swatches?: Swatches;
}) {
  return (
    <div className="rounded-lg border border-line p-3 sm:p-4">
      <p className="font-semibold">{actor.actor}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
        {actor.articles
          .filter((a) => shown.some((s) => s.articleId === a.articleId))
          .map((a) => (
            <div key={a.articleId} className="contents">
              <dt>
                <OutletBadge name={a.outlet} swatch={swatches?.get(a.outlet)} />
              </dt>
              <dd className="min-w-0">
                {a.labels.length > 0 ? (
                  a.labels.map((l, i) => (
                    <span key={l.label}>
                      {i > 0 ? ", " : null}
                      <span title={l.examples[0]?.context}>“{l.label}”</span>
                      {l.count > 1 ? <span className="text-muted"> ×{l.count}</span> : null}
                    </span>
                  ))
                ) : (
                  <span className="text-muted">
                    {a.mentions > 0
                      ? `named ${plural(a.mentions, "time")}, no title or description`
                      : "not named"}
                  </span>
                )}
              </dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
