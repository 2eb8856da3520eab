import { DateTime } from "@/components/ui/DateTime";
import { plural } from "@/components/ui/format";
import type { StoryArticleView, StoryLineageView } from "@/lib/views";
import { formatOffset, layoutTimeline, type TimelineRow } from "./coverage-timeline";

const WIDTH = 760;
const LABEL = 168;
const RIGHT = 24;
const ROW = 30;
const TOP = 34;
const PLOT = WIDTH - LABEL - RIGHT;

const xOf = (row: { x: number }) => LABEL + row.x * PLOT;
const yOf = (index: number) => TOP + index * ROW + ROW / 2;

function clipLabel(text: string, max = 22): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Who published first and who followed: each dated article on a time axis, filled dots for independent reports,
 * hollow diamonds joined by a dashed line to the earlier text they copy. A server-rendered SVG (no client
 * script) with a text summary for screen readers and the same facts as a table.
 */
export function CoverageTimeline({
  articles,
  copies,
}: {
  articles: readonly StoryArticleView[];
  copies: StoryLineageView["copies"];
}) {
  const timeline = layoutTimeline(articles, copies);
  const first = timeline.rows[0];
  if (!first || timeline.rows.length < 2) return null;
  const height = TOP + timeline.rows.length * ROW + 8;
  const summary = `${first.outlet} published first; ${plural(timeline.rows.length - 1, "report")} followed over ${formatOffset(timeline.spanMs).slice(1)}. ${plural(timeline.independent, "independent report")}, ${plural(timeline.copies, "copy", "copies")} of an earlier text.`;

  return (
    <figure className="space-y-3" data-testid="coverage-timeline">
      <PhoneTimeline rows={timeline.rows} spanMs={timeline.spanMs} />
      <div className="relative hidden overflow-x-auto rounded-xl border border-line bg-surface p-3 sm:block sm:p-4">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="h-auto w-full min-w-[34rem] text-ink"
          role="img"
          aria-labelledby="timeline-title timeline-desc"
        >
          <title id="timeline-title">Coverage timeline</title>
          <desc id="timeline-desc">{summary}</desc>
          {timeline.ticks.map((tick) => (
            <g key={tick.x}>
              <line
                x1={xOf(tick)}
                x2={xOf(tick)}
                y1={TOP - 6}
                y2={height - 4}
                className="stroke-line"
                strokeWidth={1}
              />
              <text
                x={xOf(tick)}
                y={TOP - 14}
                textAnchor={tick.x === 1 ? "end" : tick.x === 0 ? "start" : "middle"}
                className="fill-muted text-[11px]"
              >
                {tick.x === 0 ? "first report" : tick.label}
              </text>
            </g>
          ))}
          {timeline.rows.map((row, index) => (
            <CopyLine key={`l-${row.articleId}`} row={row} index={index} rows={timeline.rows} />
          ))}
          {timeline.rows.map((row, index) => (
            <g key={row.articleId}>
              <text x={0} y={yOf(index) + 4} className="fill-ink text-[12px] font-semibold">
                {clipLabel(row.outlet)}
              </text>
              <Marker row={row} index={index} />
              <text
                x={row.x > 0.7 ? xOf(row) - 12 : xOf(row) + 12}
                y={yOf(index) + 4}
                textAnchor={row.x > 0.7 ? "end" : "start"}
                className="fill-muted text-[11px]"
              >
                {row.mark === "first"
                  ? "first"
                  : `${row.offsetLabel}${row.mark === "copy" ? ` · copy of ${clipLabel(row.followsOutlet ?? "", 18)}` : ""}`}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-muted">
        <span className="font-semibold text-ink" data-testid="timeline-summary">
          {plural(timeline.independent, "independent report")} · {plural(timeline.copies, "copy", "copies")}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg viewBox="0 0 12 12" className="size-3" aria-hidden="true">
            <circle cx="6" cy="6" r="5" className="fill-accent" />
          </svg>
          independent report
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg viewBox="0 0 12 12" className="size-3" aria-hidden="true">
            <path d="M6 1 L11 6 L6 11 L1 6 Z" className="fill-surface stroke-ink" strokeWidth="1.5" />
          </svg>
          copy of an earlier text
          {/* The phone timeline names the copied text in words; only the wide chart draws the line. */}
          <span className="hidden sm:inline"> (dashed line to it)</span>
        </span>
        {timeline.undated > 0 ? (
          <span>{plural(timeline.undated, "article")} without a date not shown</span>
        ) : null}
        {timeline.hidden > 0 ? <span>{plural(timeline.hidden, "later article")} not shown</span> : null}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">The timeline as a table</summary>
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full text-left" data-testid="timeline-table">
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Outlet
                </th>
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Published
                </th>
                <th scope="col" className="py-1 pr-4 font-semibold">
                  After the first
                </th>
                <th scope="col" className="py-1 font-semibold">
                  Independent or copy
                </th>
              </tr>
            </thead>
            <tbody>
              {timeline.rows.map((row) => (
                <tr key={row.articleId} className="border-t border-line">
                  <td className="py-1 pr-4">{row.outlet}</td>
                  <td className="py-1 pr-4">
                    <DateTime iso={row.publishedAt} />
                  </td>
                  <td className="py-1 pr-4">{row.mark === "first" ? "first" : row.offsetLabel}</td>
                  <td className="py-1">
                    {row.mark === "copy"
                      ? `copy of ${row.followsOutlet ?? "an earlier text"}`
                      : "independent"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/**
 * The timeline on a phone: one row per article, the outlet and its delay in text at the page's size, over a
 * full-width track with the article's mark, so nothing is scaled down or cut off at 390 px.
 */
function PhoneTimeline({ rows, spanMs }: { rows: readonly TimelineRow[]; spanMs: number }) {
  return (
    <div className="rounded-xl border border-line bg-surface p-3 sm:hidden" data-testid="phone-timeline">
      <p className="flex justify-between text-xs text-muted" aria-hidden="true">
        <span>first report</span>
        <span>{formatOffset(spanMs)}</span>
      </p>
      <ol className="mt-1 space-y-2">
        {rows.map((row) => (
          <li key={row.articleId} className="text-sm">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="min-w-0 font-semibold break-words">{row.outlet}</span>
              <span className="text-xs text-muted">
                {row.mark === "first"
                  ? "first"
                  : `${formatOffset(row.offsetMs)}${row.mark === "copy" ? ` · copy of ${row.followsOutlet ?? "an earlier text"}` : ""}`}
              </span>
            </p>
            <div className="relative mx-2 mt-1 h-4" aria-hidden="true">
              <div className="absolute inset-x-0 top-1/2 h-px bg-line" />
              <svg
                viewBox="0 0 16 16"
                className="absolute top-0 size-4 -translate-x-1/2"
                style={{ left: `${(row.x * 100).toFixed(2)}%` }}
              >
                {row.mark === "copy" ? (
                  <path d="M8 1 L15 8 L8 15 L1 8 Z" className="fill-surface stroke-ink" strokeWidth="2" />
                ) : (
                  <circle cx="8" cy="8" r={row.mark === "first" ? 7 : 5.5} className="fill-accent" />
                )}
              </svg>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Marker({ row, index }: { row: TimelineRow; index: number }) {
  const x = xOf(row);
  const y = yOf(index);
  if (row.mark === "copy") {
    return (
      <path
        d={`M${x} ${y - 7} L${x + 7} ${y} L${x} ${y + 7} L${x - 7} ${y} Z`}
        className="fill-surface stroke-ink"
        strokeWidth={2}
      />
    );
  }
  return <circle cx={x} cy={y} r={row.mark === "first" ? 8 : 6} className="fill-accent" />;
}

/** A dashed elbow from the earlier text down to the copy: down from the source, then across. */
function CopyLine({ row, index, rows }: { row: TimelineRow; index: number; rows: readonly TimelineRow[] }) {
  const source = row.followsRow === null ? undefined : rows[row.followsRow];
  if (row.mark !== "copy" || !source || row.followsRow === null) return null;
  return (
    <path
      d={`M${xOf(source)} ${yOf(row.followsRow)} V${yOf(index)} H${xOf(row)}`}
      className="fill-none stroke-muted"
      strokeWidth={1.5}
      strokeDasharray="4 3"
    />
  );
}
