import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowLinks, feedAlternates } from "@/components/follow/FollowLinks";
import { OutletFactForm } from "@/components/outlets/OutletFactForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Disclosure } from "@/components/ui/Disclosure";
import { EmptyState } from "@/components/ui/EmptyState";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { countryName, formatDate, formatDateRange, languageName, plural } from "@/components/ui/format";
import { getEditor } from "@/lib/auth";
import {
  OUTLET_TYPE_DEFINITIONS,
  OUTLET_TYPE_LABELS,
  OUTLET_TYPES,
  type OutletFactKind,
} from "@/lib/outlets";
import { getOutletProfile, type OutletFactView, type OutletProfileView } from "@/lib/views";
import { outletSlugSchema } from "../../_lib/params";

const LINK = "font-semibold text-accent underline underline-offset-4";

async function loadProfile(params: Promise<{ slug: string }>): Promise<OutletProfileView | null> {
  const parsed = outletSlugSchema.safeParse((await params).slug);
  return parsed.success ? getOutletProfile(parsed.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/outlets/[slug]">): Promise<Metadata> {
  const profile = await loadProfile(params);
  if (!profile) return { title: "No such outlet" };
  return {
    title: profile.name,
    description: `${profile.name} in Parallax: its country, languages and type with their sources, and the stories it covered.`,
    alternates: feedAlternates(`/outlets/${encodeURIComponent(profile.slug)}`),
  };
}

function factText(kind: OutletFactKind, profile: OutletProfileView): string | null {
  if (kind === "country")
    return profile.country ? `${countryName(profile.country) ?? profile.country} (${profile.country})` : null;
  if (kind === "languages")
    return profile.languages.length > 0
      ? profile.languages.map((code) => languageName(code) ?? code).join(", ")
      : null;
  return profile.type ? OUTLET_TYPE_LABELS[profile.type] : null;
}

/** Where a fact comes from: the source, linked when it has an address, and its date. */
function Provenance({ fact }: { fact: OutletFactView }) {
  if (!fact.source) return <span className="text-muted">No source recorded.</span>;
  return (
    <span className="text-muted" data-testid="fact-source">
      Source:{" "}
      {fact.sourceUrl ? (
        <a href={fact.sourceUrl} className={LINK} rel="noopener noreferrer nofollow">
          {fact.source}
        </a>
      ) : (
        <span className="text-ink">{fact.source}</span>
      )}
      {fact.asOf ? <>, as of {formatDate(fact.asOf)}</> : null}
      {fact.recordedBy ? <> · recorded by {fact.recordedBy}</> : null}
    </span>
  );
}

const FACTS: { kind: OutletFactKind; label: string; hint: string }[] = [
  { kind: "country", label: "Country", hint: "Two-letter ISO code, e.g. GB, FR, US." },
  { kind: "languages", label: "Languages", hint: "Language codes separated by spaces, e.g. “en fr”." },
  {
    kind: "type",
    label: "Type",
    hint: "From the scheme (“What the types mean”), as the source classifies it.",
  },
];

/** /outlets/{slug}: who the outlet is (each fact with its source and date) and the stories it covered. */
export default async function OutletPage({ params }: PageProps<"/outlets/[slug]">) {
  const profile = await loadProfile(params);
  if (!profile) notFound();
  const editor = await getEditor();
  const base = `/outlets/${encodeURIComponent(profile.slug)}`;
  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-8 sm:px-6 sm:py-10">
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: profile.name }]} />
      {profile.demo ? (
        <Notice title="Demo outlet: fictional">
          {profile.name} is part of Parallax&rsquo;s demo corpus, written to show what Parallax does; it is
          not a real outlet.
        </Notice>
      ) : null}
      <PageHeader
        eyebrow="Outlet"
        title={profile.name}
        description={
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {profile.domain ? <li>{profile.domain}</li> : null}
            <li>{plural(profile.articleCount, "article")} in Parallax</li>
            <li>
              <Link href={`/?outlet=${encodeURIComponent(profile.slug)}`} className={LINK}>
                Its stories in the list
              </Link>
            </li>
          </ul>
        }
      />
      <FollowLinks basePath={base} />

      <Section
        id="profile"
        title="Who they are"
        description="Each fact as a named source gives it, with the source's date. Parallax records what others publish; it does not rate outlets."
      >
        <dl
          className="divide-y divide-line rounded-xl border border-line bg-surface"
          data-testid="outlet-facts"
        >
          {FACTS.map(({ kind, label }) => {
            const fact = profile.facts[kind];
            const text = factText(kind, profile);
            return (
              <div
                key={kind}
                className="grid gap-1 p-4 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-6"
                data-testid={`fact-${kind}`}
              >
                <dt className="text-sm font-semibold">{label}</dt>
                <dd className="space-y-0.5 text-sm">
                  {text && fact ? (
                    <>
                      <p className="font-semibold text-ink">{text}</p>
                      <p>
                        <Provenance fact={fact} />
                      </p>
                    </>
                  ) : (
                    <p className="text-muted">Not recorded.</p>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
        <Disclosure summary="What the types mean">
          <dl className="space-y-2 text-sm" data-testid="type-scheme">
            {OUTLET_TYPES.map((type) => (
              <div key={type}>
                <dt className="inline font-semibold">{OUTLET_TYPE_LABELS[type]}: </dt>
                <dd className="inline text-muted">{OUTLET_TYPE_DEFINITIONS[type]}</dd>
              </div>
            ))}
          </dl>
        </Disclosure>
      </Section>

      {editor ? (
        <Section
          id="edit-profile"
          title="Edit the profile"
          description="Each fact needs the list or publication it comes from and that source's date, given again with every change. Changes are in the audit log."
          className="rounded-xl border border-line bg-sunken/50 p-4 sm:p-5"
        >
          <div className="space-y-4">
            {FACTS.map(({ kind, label, hint }) => {
              const fact = profile.facts[kind];
              return (
                <Disclosure
                  key={kind}
                  summary={`${label}${fact ? "" : " (not recorded)"}`}
                  testId={`edit-${kind}`}
                >
                  <OutletFactForm
                    slug={profile.slug}
                    kind={kind}
                    label={label}
                    hint={hint}
                    current={{
                      value: kind === "languages" ? profile.languages.join(" ") : (fact?.value ?? ""),
                      // A new value needs its own source: the old one's name, address and date are not carried over.
                      source: "",
                      sourceUrl: "",
                      asOf: "",
                    }}
                    choices={
                      kind === "type"
                        ? OUTLET_TYPES.map((type) => ({ value: type, label: OUTLET_TYPE_LABELS[type] }))
                        : undefined
                    }
                  />
                </Disclosure>
              );
            })}
          </div>
        </Section>
      ) : null}

      <Section
        id="stories"
        title="Stories"
        description="The stories its articles belong to, most recent first."
      >
        {profile.stories.length === 0 ? (
          <EmptyState title="No stories yet">No article from {profile.name} is in a story yet.</EmptyState>
        ) : (
          <ol
            className="divide-y divide-line rounded-xl border border-line bg-surface"
            data-testid="outlet-stories"
          >
            {profile.stories.map((story) => {
              const range = formatDateRange(story.firstPublishedAt, story.lastPublishedAt);
              return (
                <li key={story.id} className="space-y-1 p-4">
                  <Link
                    href={`/stories/${story.id}`}
                    className="font-serif text-lg font-semibold underline decoration-line-strong underline-offset-4 hover:decoration-accent"
                  >
                    {story.title}
                  </Link>
                  <p className="text-sm text-muted">
                    {plural(story.ownArticles, "article")} from {profile.name} of {story.articleCount}
                    {range ? <> · {range}</> : null}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
        {profile.moreStories ? (
          <p className="text-sm">
            <Link href={`/?outlet=${encodeURIComponent(profile.slug)}`} className={LINK}>
              All its stories in the list
            </Link>
          </p>
        ) : null}
      </Section>
    </div>
  );
}
