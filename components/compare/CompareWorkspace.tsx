"use client";

import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type Granularity = "word" | "sentence";

const LINK_CLASSES = ["outline-2", "outline-accent", "outline-offset-2"];

/**
 * The interactive frame around the compare columns: a word / sentence switch for the diff marks, synchronised
 * scrolling (a column scrolled by hand brings the others to the same passage, matched through the sentence
 * alignment), highlights linked across columns (hovering or focusing a sentence or quotation marks its
 * counterparts, and the quote group's card), and keyboard movement between sentences (arrow keys: up and down
 * within a column, left and right to the counterpart in the next column). The columns themselves are rendered
 * on the server and passed in as children.
 */
export function CompareWorkspace({
  children,
  outletOf,
  referenceOutlet,
}: {
  children: ReactNode;
  /** Outlet name per article id, for announcing where a sentence's counterparts are. */
  outletOf: Record<string, string>;
  referenceOutlet: string;
}) {
  const [granularity, setGranularity] = useState<Granularity>("word");
  const [sync, setSync] = useState(true);
  const [announcement, setAnnouncement] = useState("");
  const root = useRef<HTMLDivElement>(null);
  const linked = useRef<Element[]>([]);
  const expected = useRef(new Map<Element, number>());

  const clearLinks = useCallback(() => {
    for (const el of linked.current) {
      el.removeAttribute("data-linked");
      el.classList.remove(...LINK_CLASSES);
    }
    linked.current = [];
  }, []);

  /** Marks the sentence or quotation at `target` and its counterparts; returns the columns that carry it. */
  const linkFrom = useCallback(
    (target: Element | null): string[] => {
      const container = root.current;
      if (!container || !target) return [];
      const quote = target.closest("[data-group]");
      const sentence = target.closest("[data-row]");
      const selector = quote
        ? `[data-group="${CSS.escape(quote.getAttribute("data-group") ?? "")}"]`
        : sentence
          ? `[data-row="${CSS.escape(sentence.getAttribute("data-row") ?? "")}"]`
          : null;
      clearLinks();
      if (!selector) return [];
      const matches = [...container.querySelectorAll(selector)];
      const card = quote ? document.getElementById(`group-${quote.getAttribute("data-group") ?? ""}`) : null;
      for (const el of matches) el.setAttribute("data-linked", "true");
      if (card) {
        card.setAttribute("data-linked", "true");
        card.classList.add(...LINK_CLASSES);
      }
      linked.current = card ? [...matches, card] : matches;
      return [
        ...new Set(
          matches.flatMap((el) => {
            const id = el.closest("[data-column]")?.getAttribute("data-column");
            return id ? [outletOf[id] ?? id] : [];
          }),
        ),
      ];
    },
    [clearLinks, outletOf],
  );

  // Synchronised scrolling: listen in the capture phase, since scroll events do not bubble.
  useEffect(() => {
    const container = root.current;
    if (!container || !sync) return;
    let frame = 0;
    const onScroll = (event: Event) => {
      const source = event.target;
      if (!(source instanceof HTMLElement) || !source.hasAttribute("data-scroll-body")) return;
      const wanted = expected.current.get(source);
      if (wanted !== undefined) {
        expected.current.delete(source);
        if (Math.abs(source.scrollTop - wanted) <= 2) return;
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => alignColumns(container, source, expected.current));
    };
    container.addEventListener("scroll", onScroll, true);
    return () => {
      container.removeEventListener("scroll", onScroll, true);
      cancelAnimationFrame(frame);
    };
  }, [sync]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const container = root.current;
    if (!container) return;
    const target = event.target as HTMLElement;
    const body = target.closest("[data-scroll-body]");
    if (!body) return;
    const sentences = [...body.querySelectorAll<HTMLElement>("[data-sentence]")];
    const current = target.closest<HTMLElement>("[data-sentence]");
    let next: HTMLElement | undefined;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const index = current ? sentences.indexOf(current) : -1;
      next = sentences[event.key === "ArrowDown" ? index + 1 : Math.max(0, index - 1)];
    } else if ((event.key === "ArrowRight" || event.key === "ArrowLeft") && current) {
      const bodies = [...container.querySelectorAll<HTMLElement>("[data-scroll-body]")];
      const other = bodies[bodies.indexOf(body as HTMLElement) + (event.key === "ArrowRight" ? 1 : -1)];
      if (other) {
        const row = current.getAttribute("data-row") ?? "";
        const otherSentences = [...other.querySelectorAll<HTMLElement>("[data-sentence]")];
        next =
          other.querySelector<HTMLElement>(`[data-row="${CSS.escape(row)}"]`) ??
          otherSentences[
            Math.round((sentences.indexOf(current) / Math.max(1, sentences.length)) * otherSentences.length)
          ] ??
          otherSentences[otherSentences.length - 1];
      }
    } else {
      return;
    }
    if (next) {
      event.preventDefault();
      next.focus();
      next.scrollIntoView({ block: "nearest" });
    }
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3 rounded-lg border border-line bg-surface px-4 py-3 text-sm">
        <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <legend className="float-left mr-2 font-semibold">Differences</legend>
          {(["word", "sentence"] as const).map((g) => (
            <label key={g} className="inline-flex cursor-pointer items-center gap-1.5">
              <input
                type="radio"
                name="granularity"
                value={g}
                checked={granularity === g}
                onChange={() => setGranularity(g)}
                className="accent-[var(--c-accent)]"
                data-testid={`granularity-${g}`}
              />
              {g === "word" ? "Word by word" : "Sentence by sentence"}
            </label>
          ))}
        </fieldset>
        <label className="inline-flex cursor-pointer items-center gap-1.5">
          <input
            type="checkbox"
            checked={sync}
            onChange={(e) => setSync(e.target.checked)}
            data-testid="sync-scroll"
          />
          Scroll columns together
        </label>
        <p className="text-muted" data-testid="granularity-legend">
          {granularity === "word" ? (
            <>
              <ins className="diff-ins">
                <span aria-hidden="true" className="diff-marker">
                  +
                </span>
                words
              </ins>{" "}
              not in {referenceOutlet}&rsquo;s text (the first column);{" "}
              <del className="diff-del font-sans text-xs no-underline">
                <span aria-hidden="true">−N</span>
              </del>{" "}
              N of its words left out here
            </>
          ) : (
            <>
              <span className="border-b-2 border-dashed border-ins-ink bg-ins-bg">
                <span aria-hidden="true" className="diff-marker text-ins-ink">
                  +
                </span>
                only in this article
              </span>{" "}
              <span className="border-b-2 border-dotted border-muted">
                <span aria-hidden="true" className="diff-marker text-ins-ink">
                  ◐
                </span>
                in some articles only
              </span>{" "}
              unmarked: in all
            </>
          )}
        </p>
        <p className="w-full text-xs text-muted">
          Hover or focus a sentence or quotation to highlight it in every column. In a column&rsquo;s text,
          the arrow keys move between sentences (↑ ↓) and across columns (← →).
        </p>
      </div>
      <div
        ref={root}
        data-granularity={granularity}
        data-testid="compare-workspace"
        onMouseOver={(e) => {
          const target = e.target as Element;
          if (target.closest("[data-row],[data-group]")) linkFrom(target);
        }}
        onMouseLeave={clearLinks}
        onFocus={(e) => {
          const outlets = linkFrom(e.target);
          const quote = e.target.closest("[data-group]");
          if (e.target.closest("[data-row],[data-group]")) {
            setAnnouncement(
              outlets.length > 1
                ? `${quote ? "Quotation" : "Sentence"} also in ${outlets.length - 1} other column${outlets.length > 2 ? "s" : ""}: ${outlets.join(", ")}.`
                : `${quote ? "Quotation" : "Sentence"} only in this column.`,
            );
          }
        }}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
      <p className="sr-only" aria-live="polite" data-testid="link-announcement">
        {announcement}
      </p>
    </div>
  );
}

/**
 * Brings every other column to the passage the source column shows: the first sentence visible in the source is
 * found in the others through its row and put at the same height; a column without that sentence scrolls to the
 * same proportion of its length.
 */
function alignColumns(container: HTMLElement, source: HTMLElement, expected: Map<Element, number>): void {
  const sentences = [...source.querySelectorAll<HTMLElement>("[data-sentence]")];
  const top = source.scrollTop;
  const anchor = sentences.find((s) => s.offsetTop + s.offsetHeight > top);
  const ratio = top / Math.max(1, source.scrollHeight - source.clientHeight);
  for (const body of container.querySelectorAll<HTMLElement>("[data-scroll-body]")) {
    if (body === source) continue;
    const row = anchor?.getAttribute("data-row");
    const counterpart = row ? body.querySelector<HTMLElement>(`[data-row="${CSS.escape(row)}"]`) : null;
    const wanted =
      counterpart && anchor
        ? counterpart.offsetTop + (top - anchor.offsetTop)
        : ratio * (body.scrollHeight - body.clientHeight);
    const clamped = Math.max(0, Math.min(wanted, body.scrollHeight - body.clientHeight));
    if (Math.abs(body.scrollTop - clamped) < 2) continue;
    expected.set(body, clamped);
    body.scrollTop = clamped;
  }
}
