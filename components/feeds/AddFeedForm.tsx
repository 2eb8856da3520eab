"use client";

import { useActionState, useId } from "react";
import { addFeedAction } from "@/app/feeds/actions";
import { initialFeedFormState } from "@/app/feeds/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

/** Subscribe to an RSS, Atom or JSON feed. */
export function AddFeedForm() {
  const [state, action, pending] = useActionState(addFeedAction, initialFeedFormState);
  const uid = useId();
  const ids = { url: `${uid}-url`, outlet: `${uid}-outlet`, interval: `${uid}-interval` };
  const error = (field: string) =>
    state.status === "error" && state.field === field ? state.message : undefined;

  return (
    <form
      action={action}
      className="space-y-5 rounded-xl border border-line bg-surface p-4 sm:p-6"
      noValidate
    >
      <h2 className="font-serif text-xl font-semibold">Subscribe to a feed</h2>
      <div aria-live="polite">
        {state.status === "added" ? (
          <Notice tone="ok" title="Subscribed">
            <span className="break-all">{state.url}</span> is checked on the worker’s next round; its articles
            appear in their stories as they arrive.
          </Notice>
        ) : null}
        {state.status === "error" && !["url", "outlet", "interval"].includes(state.field) ? (
          <Notice tone="error">{state.message}</Notice>
        ) : null}
      </div>
      <Field id={ids.url} label="Feed address" hint="RSS, Atom or JSON Feed." error={error("url")}>
        <input
          id={ids.url}
          name="url"
          type="url"
          inputMode="url"
          required
          placeholder="https://example.com/rss.xml"
          defaultValue={state.values.url}
          key={`url-${state.status}-${state.values.url}`}
          aria-invalid={error("url") ? true : undefined}
          aria-describedby={describedBy(ids.url, true, Boolean(error("url")))}
          className={cx(inputClass, "border-line-strong")}
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={ids.outlet}
          label="Outlet"
          optional
          hint="Left empty, each page names its own outlet."
          error={error("outlet")}
        >
          <input
            id={ids.outlet}
            name="outlet"
            type="text"
            maxLength={120}
            defaultValue={state.values.outlet}
            key={`outlet-${state.status}-${state.values.outlet}`}
            aria-invalid={error("outlet") ? true : undefined}
            aria-describedby={describedBy(ids.outlet, true, Boolean(error("outlet")))}
            className={cx(inputClass, "border-line-strong")}
          />
        </Field>
        <Field id={ids.interval} label="Check every" error={error("interval")}>
          <select
            id={ids.interval}
            name="interval"
            defaultValue={state.values.interval}
            className={cx(inputClass, "border-line-strong")}
          >
            <option value="15">15 minutes</option>
            <option value="30">30 minutes</option>
            <option value="60">hour</option>
            <option value="360">6 hours</option>
            <option value="1440">day</option>
          </select>
        </Field>
      </div>
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Subscribing…" : "Subscribe"}
      </button>
    </form>
  );
}
