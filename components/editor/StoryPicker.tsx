"use client";

import { useEffect, useId, useState } from "react";
import { inputClass } from "@/components/ui/Field";
import { cx } from "@/components/ui/cx";
import { plural } from "@/components/ui/format";

interface StoryChoice {
  id: string;
  title: string;
  articleCount: number;
  lastPublishedAt: string | null;
}

type Search =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "found"; stories: StoryChoice[] }
  | { status: "failed"; message: string };

const DEBOUNCE_MS = 250;

function shortDate(iso: string | null): string {
  return iso
    ? new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })
    : "undated";
}

/**
 * A search box that finds other stories by the words of their title (or a pasted address) and offers them as
 * radio buttons named `name`, so the form posts the chosen story's id. Reads GET /stories/<id>/story-choices.
 */
export function StoryPicker({
  storyId,
  name,
  label,
}: {
  /** The story being edited: left out of the results. */
  storyId: string;
  name: string;
  label: string;
}) {
  const uid = useId();
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ status: "idle" });

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSearch({ status: "searching" });
      fetch(`/stories/${encodeURIComponent(storyId)}/story-choices?q=${encodeURIComponent(q)}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then(async (response) => {
          const body = (await response.json()) as { stories?: StoryChoice[]; error?: string };
          setSearch(
            response.ok && body.stories
              ? { status: "found", stories: body.stories }
              : { status: "failed", message: body.error ?? "The search failed; try again." },
          );
        })
        .catch((error: unknown) => {
          if ((error as { name?: string }).name !== "AbortError")
            setSearch({
              status: "failed",
              message: "The search failed; check the connection and try again.",
            });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, storyId]);

  const shown = query.trim().length < 2 ? ({ status: "idle" } as const) : search;
  const status =
    shown.status === "searching"
      ? "Searching…"
      : shown.status === "failed"
        ? shown.message
        : shown.status === "found"
          ? shown.stories.length === 0
            ? "No other story has all these words in its title."
            : `${plural(shown.stories.length, "story", "stories")} found: choose one.`
          : "Type two or more letters of the other story’s title, or paste its address.";

  return (
    <div className="space-y-2">
      <label htmlFor={`${uid}-q`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={`${uid}-q`}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${uid}-status`}
        placeholder="Words of its title"
        className={cx(inputClass, "border-line-strong")}
        data-testid={`${name}-search`}
      />
      <p id={`${uid}-status`} role="status" className="text-xs text-muted">
        {status}
      </p>
      {shown.status === "found" && shown.stories.length > 0 ? (
        <fieldset className="space-y-1">
          <legend className="sr-only">{label}: matching stories</legend>
          {shown.stories.map((story, index) => (
            <label
              key={story.id}
              className="flex items-start gap-2 rounded-md border border-line p-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-sunken"
            >
              <input
                type="radio"
                name={name}
                value={story.id}
                required
                defaultChecked={index === 0 && shown.stories.length === 1}
                className="mt-1"
              />
              <span className="min-w-0 break-words">
                {story.title}
                <span className="block text-xs text-muted">
                  {plural(story.articleCount, "article")} · {shortDate(story.lastPublishedAt)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
