import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionDiff } from "@/components/article/VersionDiff";
import { DiffLegend, QuoteDiff } from "@/components/compare/QuoteDiff";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { DateTime } from "@/components/ui/DateTime";
import { Notice } from "@/components/ui/Notice";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { plural } from "@/components/ui/format";
import { getArticleChanges } from "@/lib/views";
import { changesSearchSchema, parseId } from "../../../_lib/params";

export const metadata: Metadata = { title: "Changes between versions" };

export default async function ArticleChangesPage({
  params,
  searchParams,
}: PageProps<"/articles/[id]/changes">) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const choice = changesSearchSchema.parse(await searchParams);
  const changes = await getArticleChanges(id, choice);
  if (!changes) notFound();
  const { from, to, stats } = changes;
  const titleChanged = from.title !== to.title;

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          ...(changes.story ? [{ href: `/stories/${changes.story.id}`, label: changes.story.title }] : []),
          { href: `/articles/${changes.articleId}`, label: changes.title },
          { label: "Changes" },
        ]}
      />
      <header className="space-y-3 border-b border-line pb-6">
        <OutletBadge name={changes.outlet} size="md" />
        <h1 className="font-serif text-3xl leading-tight font-semibold text-balance">
          What changed between version {from.version} and version {to.version}
        </h1>
        <p className="text-sm text-muted">
          Version {from.version} fetched <DateTime iso={from.fetchedAt} />; version {to.version} fetched{" "}
          <DateTime iso={to.fetchedAt} />. {plural(stats.removedWords, "word")} removed,{" "}
          {plural(stats.addedWords, "word")} added, {plural(stats.unchangedWords, "word")} unchanged.
        </p>
        <nav aria-label="Versions" className="flex flex-wrap gap-2 text-sm">
          {changes.versions.slice(1).map((v, index) => {
            const previous = changes.versions[index];
            const current = v.version === to.version && previous?.version === from.version;
            return (
              <Link
                key={v.version}
                href={`/articles/${changes.articleId}/changes?from=${previous?.version}&to=${v.version}`}
                aria-current={current ? "page" : undefined}
                className="rounded-md border border-line px-2 py-1 aria-[current=page]:border-accent aria-[current=page]:font-semibold"
              >
                v{previous?.version} → v{v.version}
              </Link>
            );
          })}
        </nav>
      </header>

      {changes.stealth ? (
        <Notice tone="warn" title="Changed without notice">
          The text changed but the page’s own “last modified” time did not: readers were not told about this
          edit.
        </Notice>
      ) : null}

      <section aria-labelledby="headline-heading" className="space-y-2">
        <h2 id="headline-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
          Headline {titleChanged ? "(changed)" : "(unchanged)"}
        </h2>
        <p className="font-serif text-xl leading-snug font-semibold" data-testid="title-diff">
          {titleChanged ? <QuoteDiff ops={changes.titleDiff} /> : to.title}
        </p>
      </section>

      <section aria-labelledby="body-heading" className="space-y-4">
        <h2 id="body-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
          Text {changes.rewritten ? "(rewritten: shown side by side)" : ""}
        </h2>
        {changes.rewritten ? null : (
          <DiffLegend removed={`removed in version ${to.version}`} added={`added in version ${to.version}`} />
        )}
        <VersionDiff changes={changes} />
      </section>
    </div>
  );
}
