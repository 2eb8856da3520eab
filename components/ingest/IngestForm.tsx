"use client";

import Link from "next/link";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { ingestAction } from "@/app/ingest/actions";
import {
  ACCEPTED_EXTENSIONS,
  MAX_TEXT_CHARS,
  MAX_UPLOAD_BYTES,
  formatBytes,
  emptyValues,
  initialIngestState,
  type IngestField,
  type IngestFormState,
} from "@/app/ingest/form-state";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Field, describedBy, inputClass } from "@/components/ui/Field";

/**
 * The add-an-article form. Server-validated; keeps what the user typed when something is wrong. `initial` fills
 * in a page sent by the bookmarklet or a share sheet; the editor confirms it.
 */
export function IngestForm({ initial }: { initial?: { url: string; title: string } }) {
  const start: IngestFormState = initial
    ? { status: "idle", values: { ...emptyValues, ...initial } }
    : initialIngestState;
  const [state, formAction, pending] = useActionState(ingestAction, start);
  const [fileError, setFileError] = useState<string | null>(null);
  const uid = useId();
  const ids = {
    file: `${uid}-file`,
    text: `${uid}-text`,
    format: `${uid}-format`,
    outlet: `${uid}-outlet`,
    url: `${uid}-url`,
    publishedAt: `${uid}-published`,
    title: `${uid}-title`,
  };
  const errors: Partial<Record<IngestField, string>> = state.status === "error" ? state.fieldErrors : {};
  const fileFieldError = fileError ?? errors.file;
  const values = state.values;
  const summaryRef = useRef<HTMLDivElement>(null);

  // After each submission that comes back (an error or "already stored"), bring its message into view and move
  // focus to it, so keyboard and screen-reader users land on what happened.
  useEffect(() => {
    if (state.status === "idle") return;
    const summary = summaryRef.current;
    if (!summary) return;
    summary.focus({ preventScroll: true });
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    summary.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  }, [state]);

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-8"
      aria-describedby={state.status === "error" ? `${uid}-summary` : undefined}
      onSubmit={(event) => {
        if (fileError) event.preventDefault();
      }}
      data-testid="ingest-form"
    >
      <div
        aria-live="polite"
        aria-atomic="true"
        id={`${uid}-summary`}
        ref={summaryRef}
        tabIndex={-1}
        className="scroll-mt-6 rounded-lg focus:outline-none"
      >
        {state.status === "error" ? (
          <Notice tone="error" title="The article was not added" live={false}>
            <p data-testid="ingest-error">{state.message}</p>
            {state.fileName ? (
              <p>You chose “{state.fileName}”: select it again before resubmitting.</p>
            ) : null}
          </Notice>
        ) : null}
        {state.status === "duplicate" ? (
          <Notice tone="info" title="Already stored">
            <p data-testid="ingest-duplicate">
              “{state.title}” from {state.outlet} is already in Parallax, so nothing was added.{" "}
              <Link href={`/articles/${state.articleId}`}>Open the article</Link>
              {state.storyId ? (
                <>
                  {" · "}
                  <Link href={`/stories/${state.storyId}`}>Open its story</Link>
                </>
              ) : null}
            </p>
          </Notice>
        ) : null}
      </div>

      <fieldset
        className="space-y-5 rounded-xl border border-line bg-surface p-4 sm:p-6"
        aria-describedby={errors.source ? `${uid}-source-error` : undefined}
      >
        <legend className="float-left w-full font-serif text-xl font-semibold">The article</legend>
        <p className="clear-both text-sm text-muted">
          Give the article’s web address, upload a saved page or text file, or paste the article below.
        </p>
        {errors.source ? (
          <p id={`${uid}-source-error`} className="text-sm font-semibold text-error-ink">
            <span aria-hidden="true">× </span>
            {errors.source}
          </p>
        ) : null}

        <Field
          id={ids.url}
          label="Web address"
          hint="On its own, Parallax fetches the page. With a file or pasted text, it records where that came from (and recognises repeat submissions)."
          error={errors.url}
        >
          <input
            id={ids.url}
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={values.url}
            key={`url-${values.url}`}
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={describedBy(ids.url, true, Boolean(errors.url))}
            className={cx(inputClass, "border-line-strong")}
          />
        </Field>

        <div
          className="flex items-center gap-3 text-xs font-semibold tracking-[0.12em] text-muted uppercase"
          aria-hidden="true"
        >
          <span className="h-px flex-1 bg-line" /> or <span className="h-px flex-1 bg-line" />
        </div>

        <Field
          id={ids.file}
          label="File"
          hint={`A .txt or .html file (a web page saved from the browser), up to ${formatBytes(MAX_UPLOAD_BYTES)}.`}
          error={fileFieldError}
        >
          <input
            id={ids.file}
            name="file"
            type="file"
            accept={[...ACCEPTED_EXTENSIONS, "text/plain", "text/html"].join(",")}
            aria-invalid={fileFieldError ? true : undefined}
            aria-describedby={describedBy(ids.file, true, Boolean(fileFieldError))}
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0];
              setFileError(
                chosen && chosen.size > MAX_UPLOAD_BYTES
                  ? `This file is ${formatBytes(chosen.size)}; the limit is ${formatBytes(MAX_UPLOAD_BYTES)}.`
                  : null,
              );
            }}
            className="block w-full text-sm text-muted file:mr-4 file:rounded-md file:border file:border-line-strong file:bg-sunken file:px-4 file:py-2 file:text-sm file:font-semibold file:text-ink hover:file:bg-canvas"
          />
        </Field>

        <div
          className="flex items-center gap-3 text-xs font-semibold tracking-[0.12em] text-muted uppercase"
          aria-hidden="true"
        >
          <span className="h-px flex-1 bg-line" /> or <span className="h-px flex-1 bg-line" />
        </div>

        <Field
          id={ids.text}
          label="Paste the text"
          hint="The headline and body as plain text, paragraphs separated by a blank line. HTML source works too."
          error={errors.text}
        >
          <textarea
            id={ids.text}
            name="text"
            rows={12}
            maxLength={MAX_TEXT_CHARS}
            defaultValue={values.text}
            key={`text-${state.status}-${values.text.length}`}
            aria-invalid={errors.text || errors.source ? true : undefined}
            aria-describedby={describedBy(ids.text, true, Boolean(errors.text))}
            className={cx(inputClass, "border-line-strong font-serif leading-relaxed")}
          />
        </Field>

        <Field id={ids.format} label="Pasted text is">
          <select
            id={ids.format}
            name="format"
            defaultValue={values.format}
            key={`format-${values.format}`}
            className={cx(inputClass, "border-line-strong sm:max-w-xs")}
          >
            <option value="auto">Detected automatically</option>
            <option value="text">Plain text</option>
            <option value="html">HTML source</option>
          </select>
        </Field>
      </fieldset>

      <fieldset className="space-y-5 rounded-xl border border-line bg-surface p-4 sm:p-6">
        <legend className="float-left w-full font-serif text-xl font-semibold">Details</legend>
        <p className="clear-both text-sm text-muted">
          Anything left empty is taken from the document where possible.
        </p>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id={ids.outlet} label="Outlet" optional hint="e.g. The Harbour Daily" error={errors.outlet}>
            <input
              id={ids.outlet}
              name="outlet"
              type="text"
              maxLength={120}
              defaultValue={values.outlet}
              key={`outlet-${values.outlet}`}
              aria-invalid={errors.outlet ? true : undefined}
              aria-describedby={describedBy(ids.outlet, true, Boolean(errors.outlet))}
              className={cx(inputClass, "border-line-strong")}
            />
          </Field>
          <Field
            id={ids.publishedAt}
            label="Published (UTC)"
            optional
            hint="Date and time of publication, in UTC."
            error={errors.publishedAt}
          >
            <input
              id={ids.publishedAt}
              name="publishedAt"
              type="datetime-local"
              defaultValue={values.publishedAt}
              key={`published-${values.publishedAt}`}
              aria-invalid={errors.publishedAt ? true : undefined}
              aria-describedby={describedBy(ids.publishedAt, true, Boolean(errors.publishedAt))}
              className={cx(inputClass, "border-line-strong")}
            />
          </Field>
          <Field
            id={ids.title}
            label="Headline"
            optional
            hint="Overrides the headline found in the document."
            error={errors.title}
          >
            <input
              id={ids.title}
              name="title"
              type="text"
              maxLength={500}
              defaultValue={values.title}
              key={`title-${values.title}`}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describedBy(ids.title, true, Boolean(errors.title))}
              className={cx(inputClass, "border-line-strong")}
            />
          </Field>
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className={buttonClass("primary", "px-6 py-2.5 text-base")}
          data-testid="ingest-submit"
        >
          {pending ? "Adding…" : "Add article"}
        </button>
        <p className="text-sm text-muted" aria-live="polite">
          {pending
            ? "Reading the article, finding quotations and matching it to a story…"
            : "It joins a story with other reports of the same event, or starts a new one."}
        </p>
      </div>
    </form>
  );
}
