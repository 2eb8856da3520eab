"use client";

import Link from "next/link";
import { useActionState, useId, type ReactNode } from "react";
import {
  mergeStoryAction,
  moveArticleAction,
  renameStoryAction,
  resetStoryTitleAction,
  splitStoryAction,
} from "@/app/stories/[id]/actions";
import { initialStoryEditState, type StoryEditState } from "@/app/stories/[id]/edit-state";
import { inputClass } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

export interface EditableArticle {
  id: string;
  title: string;
  outlet: string;
}

function Outcome({ state, currentStoryId }: { state: StoryEditState; currentStoryId: string }) {
  if (state.status === "error")
    return (
      <Notice tone="error" title="Not changed">
        <span data-testid="story-edit-error">{state.message}</span>
      </Notice>
    );
  if (state.status === "done")
    return (
      <Notice tone="ok" title="Done">
        <span data-testid="story-edit-done">{state.message}</span>{" "}
        {state.storyId !== currentStoryId ? (
          <Link href={`/stories/${state.storyId}`} data-testid="story-edit-link">
            Open that story
          </Link>
        ) : null}
      </Notice>
    );
  return null;
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-3 rounded-xl border border-line bg-surface p-4">
      <h3 className="font-semibold">{title}</h3>
      {children}
    </div>
  );
}

/** Rename, split, move and merge forms for a signed-in editor on a story page. */
export function StoryEditorForms({
  storyId,
  title,
  titleByEditor,
  articles,
}: {
  storyId: string;
  title: string;
  titleByEditor: boolean;
  articles: EditableArticle[];
}) {
  const [rename, renameAction, renaming] = useActionState(renameStoryAction, initialStoryEditState);
  const [reset, resetAction, resetting] = useActionState(resetStoryTitleAction, initialStoryEditState);
  const [split, splitAction, splitting] = useActionState(splitStoryAction, initialStoryEditState);
  const [move, moveAction, moving] = useActionState(moveArticleAction, initialStoryEditState);
  const [merge, mergeAction, merging] = useActionState(mergeStoryAction, initialStoryEditState);
  const uid = useId();

  return (
    <div className="grid gap-4 lg:grid-cols-3" data-testid="story-editor">
      <div className="lg:col-span-3">
        <Card title="Name this story">
          <form action={renameAction} className="space-y-3" data-testid="rename-form">
            <input type="hidden" name="storyId" value={storyId} />
            <label htmlFor={`${uid}-title`} className="block text-sm text-muted">
              {titleByEditor
                ? "An editor named this story: new articles and reclustering keep the name."
                : "The title is the headline that best represents the articles. A name you give stays until you reset it."}
            </label>
            <input
              id={`${uid}-title`}
              name="title"
              type="text"
              required
              maxLength={300}
              defaultValue={title}
              key={title}
              className={cx(inputClass, "border-line-strong")}
              data-testid="rename-title"
            />
            <Outcome state={rename} currentStoryId={storyId} />
            <button
              type="submit"
              className={buttonClass("secondary")}
              disabled={renaming}
              data-testid="rename-submit"
            >
              {renaming ? "Saving…" : "Save title"}
            </button>
          </form>
          {titleByEditor ? (
            <form action={resetAction} className="space-y-3">
              <input type="hidden" name="storyId" value={storyId} />
              <Outcome state={reset} currentStoryId={storyId} />
              <button
                type="submit"
                className={buttonClass("secondary")}
                disabled={resetting}
                data-testid="reset-title"
              >
                {resetting ? "Resetting…" : "Use the automatic title again"}
              </button>
            </form>
          ) : null}
        </Card>
      </div>
      <Card title="Split off articles">
        <form action={splitAction} className="space-y-3">
          <input type="hidden" name="storyId" value={storyId} />
          <fieldset className="space-y-2">
            <legend className="text-sm text-muted">Tick the articles that report a different event.</legend>
            {articles.map((article) => (
              <label key={article.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="articleId" value={article.id} className="mt-1" />
                <span>
                  {article.title} <span className="text-muted">({article.outlet})</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Outcome state={split} currentStoryId={storyId} />
          <button
            type="submit"
            className={buttonClass("secondary")}
            disabled={splitting || articles.length < 2}
            data-testid="split-submit"
          >
            {splitting ? "Splitting…" : "Split into a new story"}
          </button>
        </form>
      </Card>

      <Card title="Move one article">
        <form action={moveAction} className="space-y-3">
          <label htmlFor={`${uid}-article`} className="block text-sm font-semibold">
            Article
          </label>
          <select id={`${uid}-article`} name="articleId" className={cx(inputClass, "border-line-strong")}>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.outlet}: {article.title}
              </option>
            ))}
          </select>
          <label htmlFor={`${uid}-target`} className="block text-sm font-semibold">
            To the story at
          </label>
          <input
            id={`${uid}-target`}
            name="targetStory"
            type="text"
            required
            placeholder="/stories/…"
            className={cx(inputClass, "border-line-strong")}
          />
          <Outcome state={move} currentStoryId={storyId} />
          <button type="submit" className={buttonClass("secondary")} disabled={moving}>
            {moving ? "Moving…" : "Move article"}
          </button>
        </form>
      </Card>

      <Card title="Merge another story into this one">
        <form action={mergeAction} className="space-y-3">
          <input type="hidden" name="storyId" value={storyId} />
          <label htmlFor={`${uid}-other`} className="block text-sm font-semibold">
            The other story&rsquo;s address
          </label>
          <input
            id={`${uid}-other`}
            name="otherStory"
            type="text"
            required
            placeholder="/stories/…"
            className={cx(inputClass, "border-line-strong")}
          />
          <p className="text-xs text-muted">Its articles join this story and its address leads here.</p>
          <Outcome state={merge} currentStoryId={storyId} />
          <button
            type="submit"
            className={buttonClass("secondary")}
            disabled={merging}
            data-testid="merge-submit"
          >
            {merging ? "Merging…" : "Merge into this story"}
          </button>
        </form>
      </Card>
    </div>
  );
}
