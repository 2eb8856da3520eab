import type { QuoteGroupView, QuoteVariantView } from "@/lib/views";
import { DiffLegend, QuoteDiff } from "@/components/compare/QuoteDiff";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Disclosure } from "@/components/ui/Disclosure";
import { OutletBadge } from "@/components/ui/OutletBadge";
import { SpeakerRole } from "@/components/ui/SpeakerRole";
import { plural } from "@/components/ui/format";
import type { Swatches } from "@/components/ui/swatches";
import type { VariantKind } from "@/lib/compare";
import {
  KIND_DESCRIPTION,
  KIND_LABEL,
  groupKind,
  groupOutlets,
  truncationDirection,
  wordingRows,
} from "./wordings";

export function groupAnchor(groupId: string): string {
  return `group-${groupId}`;
}

const KIND_TONE: Record<VariantKind, BadgeTone> = { identical: "ok", truncated: "accent", reworded: "warn" };

export function KindBadge({ kind }: { kind: VariantKind }) {
  return (
    <Badge tone={KIND_TONE[kind]} title={KIND_DESCRIPTION[kind]}>
      {KIND_LABEL[kind]}
    </Badge>
  );
}

/**
 * One utterance across outlets: the reference wording, then each other wording as a word diff against it,
 * with the outlets that share each wording.
 */
export function QuoteGroupCard({
  group,
  number,
  variantHref,
  swatches,
}: {
  group: QuoteGroupView;
  swatches?: Swatches;
  /** Shown as "Quote 3"; lets the article text point at the card. */
  number?: number;
  /** Where an outlet's variant links to (the quotation in its article). */
  variantHref?: (variant: QuoteVariantView) => string;
}) {
  const rows = wordingRows(group);
  const kind = groupKind(group);
  const outlets = groupOutlets(group);
  const headingId = `${groupAnchor(group.id)}-title`;
  return (
    <article
      id={groupAnchor(group.id)}
      aria-labelledby={headingId}
      className="target-flash rounded-xl border border-line bg-surface p-4 shadow-xs sm:p-5"
      data-testid="quote-group"
    >
      <header className="mb-4 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold">
            {number !== undefined ? (
              <span className="mr-2 font-mono text-sm text-muted">#{number}</span>
            ) : null}
            {group.speaker ?? <span className="text-muted italic">Unattributed</span>}
            <SpeakerRole role={group.variants.find((v) => v.role)?.role ?? null} />
          </h3>
          <p className="text-sm text-muted">
            {plural(outlets.length, "outlet")} · {plural(rows.length, "wording")}
          </p>
        </div>
        {kind ? <KindBadge kind={kind} /> : null}
      </header>
      <ol className="space-y-3">
        {rows.map((row) => (
          <li
            key={row.variant.quotationId}
            className="grid gap-x-4 gap-y-1.5 border-t border-line pt-3 first:border-t-0 first:pt-0 sm:grid-cols-[13.5rem_minmax(0,1fr)]"
          >
            <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 sm:flex-col sm:items-start">
              {row.variants.map((v) =>
                variantHref ? (
                  <a
                    key={v.quotationId}
                    href={variantHref(v)}
                    className="inline-flex max-w-full rounded no-underline hover:underline"
                    title={`Show this quotation in ${v.outlet}'s article`}
                  >
                    <OutletBadge name={v.outlet} swatch={swatches?.get(v.outlet)} />
                  </a>
                ) : (
                  <OutletBadge key={v.quotationId} name={v.outlet} swatch={swatches?.get(v.outlet)} />
                ),
              )}
              <span className="text-xs text-muted">
                {row.isReference ? (
                  "Reference wording"
                ) : row.kind ? (
                  <span className="inline-flex flex-wrap items-center gap-1.5">
                    <KindBadge kind={row.kind} />
                    {row.kind === "truncated" && truncationDirection(row.ops) ? (
                      <span>{truncationDirection(row.ops) === "shorter" ? "cut short" : "fuller quote"}</span>
                    ) : null}
                  </span>
                ) : (
                  "Other wording"
                )}
              </span>
            </div>
            <blockquote className="max-w-[70ch] font-serif text-[1.0625rem] leading-relaxed">
              <span aria-hidden="true">“</span>
              {row.isReference || !row.ops ? row.text : <QuoteDiff ops={row.ops} />}
              <span aria-hidden="true">”</span>
            </blockquote>
          </li>
        ))}
      </ol>
    </article>
  );
}

/**
 * The "Quoted by one outlet only" part of a quotations section; nothing when there are none. `collapsed` folds
 * it into a disclosure that says how many there are ("Quoted by one outlet only (37)").
 */
export function OneOutletQuotes({
  collapsed = false,
  ...props
}: Parameters<typeof SingleQuoteList>[0] & { collapsed?: boolean }) {
  if (props.groups.length === 0) return null;
  if (collapsed)
    return (
      <div className="pt-4" id="single-quotes">
        <Disclosure
          summary={`Quoted by one outlet only (${props.groups.length.toLocaleString("en-GB")})`}
          testId="single-quotes"
        >
          <SingleQuoteList {...props} />
        </Disclosure>
      </div>
    );
  return (
    <div className="space-y-4 pt-4">
      <h3 className="text-sm font-semibold tracking-[0.1em] text-muted uppercase">
        Quoted by one outlet only
      </h3>
      <SingleQuoteList {...props} />
    </div>
  );
}

/** Quotations only one outlet carries, grouped under "Only in <outlet>". */
export function SingleQuoteList({
  groups,
  variantHref,
  swatches,
}: {
  groups: readonly QuoteGroupView[];
  swatches?: Swatches;
  variantHref?: (variant: QuoteVariantView) => string;
}) {
  const byOutlet = new Map<string, { group: QuoteGroupView; variant: QuoteVariantView }[]>();
  for (const group of groups) {
    const variant = group.variants[0];
    if (!variant) continue;
    const list = byOutlet.get(variant.outlet) ?? [];
    list.push({ group, variant });
    byOutlet.set(variant.outlet, list);
  }
  const outlets = [...byOutlet.keys()].sort((a, b) => a.localeCompare(b));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {outlets.map((outlet) => (
        <section
          key={outlet}
          aria-label={`Only in ${outlet}`}
          className="rounded-xl border border-line bg-surface p-4 sm:p-5"
        >
          <h4 className="mb-3 flex flex-wrap items-center gap-2 text-sm font-semibold">
            <span className="text-muted">Only in</span>{" "}
            <OutletBadge name={outlet} size="md" swatch={swatches?.get(outlet)} />
          </h4>
          <ul className="space-y-3">
            {(byOutlet.get(outlet) ?? []).map(({ group, variant }) => (
              <li
                key={group.id}
                id={groupAnchor(group.id)}
                className="target-flash border-t border-line pt-3 first:border-t-0 first:pt-0"
              >
                <blockquote className="font-serif leading-relaxed">
                  {variantHref ? (
                    <a href={variantHref(variant)} className="no-underline hover:underline">
                      “{variant.text}”
                    </a>
                  ) : (
                    <>“{variant.text}”</>
                  )}
                </blockquote>
                <p className="mt-1 text-sm text-muted">
                  — {group.speaker ?? variant.speaker ?? "unattributed"}
                  <SpeakerRole role={variant.role ?? null} />
                  {variant.cue ? <span>, {variant.cue}</span> : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export { DiffLegend };
