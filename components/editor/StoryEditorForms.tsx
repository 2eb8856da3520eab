"use client";

import Link from "next/link";
import { useActionState, useId, type ReactNode } from "react";
import {
  mergeStoryAction,
  moveArticleAction,
  renameStoryAction,
  resetStoryTitleAction,
  splitStoryAction,
  undoStoryEditAction,
} from "@/app/stories/[id]/actions";
import { initialStoryEditState, type StoryEditState } from "@/app/stories/[id]/edit-state";
import { inputClass } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { StoryPicker } from "./StoryPicker";

export interface EditableArticle {
  id: string;
  title: string;
  outlet: string;
}

/** The story's last edit as the page was rendered, offered for undo until it is undone. */
export interface LastEdit {
  auditId: string;
  summary: string;
  actor: string;
  undoable: boolean;
}

const ACTIONS = {
  split: splitStoryAction,
  move: moveArticleAction,
  merge: mergeStoryAction,
  undo: undoStoryEditAction,
  rename: renameStoryAction,
  "reset-title": resetStoryTitleAction,
} as const;

/** Every form posts an "intent", so the four edits share one state and one message at the top of the tools. */
async function storyEdit(previous: StoryEditState, formData: FormData): Promise<StoryEditState> {
  const intent = String(formData.get("intent") ?? "");
  const action = ACTIONS[intent as keyof typeof ACTIONS];
  return action ? action(previous, formData) : { status: "error", message: "Unknown edit." };
}

function UndoButton({ auditId, pending, what }: { auditId: string; pending: boolean; what: string }) {
  return (
    <>
      <input type="hidden" name="intent" value="undo" />
      <input type="hidden" name="auditId" value={auditId} />
      <button
        type="submit"
        className={buttonClass("secondary", "px-3 py-1")}
        disabled={pending}
        data-testid="story-undo"
        aria-label={`Undo: ${what}`}
      >
        {pending ? "Undoing…" : "Undo"}
      </button>
    </>
  );
}

function Outcome({
  state,
  currentStoryId,
  action,
  pending,
}: {
  state: StoryEditState;
  currentStoryId: string;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  if (state.status === "error")
    return (
      <Notice tone="error" title="Not changed" live>
        <span data-testid="story-edit-error">{state.message}</span>
      </Notice>
    );
  if (state.status === "done")
    return (
      <Notice tone="ok" title="Done" live>
        <span data-testid="story-edit-done">{state.message}</span>{" "}
        {state.storyId !== currentStoryId ? (
          <Link href={`/stories/${state.storyId}`} data-testid="story-edit-link">
            Open that story
          </Link>
        ) : null}
        {state.undoId ? (
          <form action={action} className="mt-2">
            <UndoButton auditId={state.undoId} pending={pending} what={state.message} />
          </form>
        ) : null}
      </Notice>
    );
  return null;
}

function Tool({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <details className="group rounded-xl border border-line bg-surface" data-testid={testId}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-xl p-4 font-semibold [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {title}
      </summary>
      <div className="space-y-3 px-4 pb-4">{children}</div>
    </details>
  );
}

/**
 * Rename, split, move, merge and undo for a signed-in editor, at the top of a story page: the outcome of the last edit
 * (naming the article and the stories) shows above the tools with its Undo button.
 */
export function StoryEditorForms({
  storyId,
  title,
  titleByEditor,
  articles,
  lastEdit,
}: {
  storyId: string;
  title: string;
  /** An editor named the story: offer the automatic title back. */
  titleByEditor: boolean;
  articles: EditableArticle[];
  lastEdit: LastEdit | null;
}) {
  const [state, action, pending] = useActionState(storyEdit, initialStoryEditState);
  const uid = useId();

  return (
    <div className="space-y-3" data-testid="story-editor">
      <Outcome state={state} currentStoryId={storyId} action={action} pending={pending} />
      {state.status === "idle" && lastEdit ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm" data-testid="story-last-edit">
          <span className="min-w-0 break-words">
            <span className="font-semibold">Last edit</span> by {lastEdit.actor}: {lastEdit.summary}
          </span>
          {lastEdit.undoable ? (
            <form action={action}>
              <UndoButton auditId={lastEdit.auditId} pending={pending} what={lastEdit.summary} />
            </form>
          ) : null}
        </div>
      ) : null}
      <div className="grid items-start gap-3 lg:grid-cols-2">
        <Tool title="Rename this story" testId="rename-tool">
          <form action={action} className="space-y-3">
            <input type="hidden" name="intent" value="rename" />
            <input type="hidden" name="storyId" value={storyId} />
            <label htmlFor={`${uid}-title`} className="block text-sm text-muted">
              {titleByEditor
                ? "An editor named this story: new articles and reclustering keep the name."
                : "The title is the headline that best represents the articles. A name you give stays until it is reset."}
            </label>
            <input
              id={`${uid}-title`}
              name="title"
              type="text"
              required
              maxLength={300}
              defaultValue={title}
              key={title}
              className={cx(inputClass, "w-full max-w-full border-line-strong")}
              data-testid="rename-title"
            />
            <button
              type="submit"
              className={buttonClass("secondary")}
              disabled={pending}
              data-testid="rename-submit"
            >
              Save title
            </button>
          </form>
          {titleByEditor ? (
            <form action={action}>
              <input type="hidden" name="intent" value="reset-title" />
              <input type="hidden" name="storyId" value={storyId} />
              <button
                type="submit"
                className={buttonClass("secondary")}
                disabled={pending}
                data-testid="reset-title"
              >
                Use the automatic title again
              </button>
            </form>
          ) : null}
        </Tool>

        <Tool title="Split off articles" testId="split-tool">
          <form action={action} className="space-y-3">
            <input type="hidden" name="intent" value="split" />
            <input type="hidden" name="storyId" value={storyId} />
            <fieldset className="space-y-2">
              <legend className="text-sm text-muted">Tick the articles that report a different event.</legend>
              {articles.map((article) => (
                <label key={article.id} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="articleId" value={article.id} className="mt-1" />
                  <span className="min-w-0 break-words">
                    {article.title} <span className="text-muted">({article.outlet})</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <button
              type="submit"
              className={buttonClass("secondary")}
              disabled={pending || articles.length < 2}
              data-testid="split-submit"
            >
              Split into a new story
            </button>
          </form>
        </Tool>

        <Tool title="Move an article to another story" testId="move-tool">
          <form action={action} className="space-y-3">
            <input type="hidden" name="intent" value="move" />
            <label htmlFor={`${uid}-article`} className="block text-sm font-semibold">
              Article
            </label>
            <select
              id={`${uid}-article`}
              name="articleId"
              className={cx(inputClass, "w-full max-w-full border-line-strong")}
              data-testid="move-article"
            >
              {articles.map((article) => (
                <option key={article.id} value={article.id}>
                  {article.outlet}: {article.title}
                </option>
              ))}
            </select>
            <StoryPicker storyId={storyId} name="targetStory" label="To the story" />
            <button
              type="submit"
              className={buttonClass("secondary")}
              disabled={pending}
              data-testid="move-submit"
            >
              Move article
            </button>
          </form>
        </Tool>

        <Tool title="Merge another story into this one" testId="merge-tool">
          <form action={action} className="space-y-3">
            <input type="hidden" name="intent" value="merge" />
            <input type="hidden" name="storyId" value={storyId} />
            <StoryPicker storyId={storyId} name="otherStory" label="The other story" />
            <p className="text-xs text-muted">Its articles join this story and its address leads here.</p>
            <button
              type="submit"
              className={buttonClass("secondary")}
              disabled={pending}
              data-testid="merge-submit"
            >
              Merge into this story
            </button>
          </form>
        </Tool>
      </div>
    </div>
  );
}
