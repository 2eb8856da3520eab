"use client";

import { useActionState, useId } from "react";
import { addWebhookAction } from "@/app/admin/webhooks/actions";
import { initialWebhookFormState, type WebhookFormState } from "@/app/admin/webhooks/form-state";
import { Notice } from "@/components/ui/Notice";
import { TextField } from "@/components/ui/TextField";
import { buttonClass } from "@/components/ui/button";

const SCOPES = [
  { value: "all", label: "Everything", hint: "every story’s events" },
  { value: "story", label: "One story", hint: "paste its address below" },
  { value: "search", label: "A search", hint: "paste the story list’s address after searching" },
] as const;

const EVENTS = [
  { value: "article.added", label: "New article in a story" },
  { value: "article.edited", label: "An article edited after publication" },
  { value: "story.edited", label: "An editor’s move, merge or split" },
] as const;

/** Add a webhook: the receiver's address, what it follows, the events wanted and the signing secret. */
export function AddWebhookForm({
  suggestedSecret,
  start = initialWebhookFormState,
}: {
  suggestedSecret: string;
  start?: WebhookFormState;
}) {
  const [state, action, pending] = useActionState(addWebhookAction, start);
  const uid = useId();
  const ids = {
    url: `${uid}-url`,
    scope: `${uid}-scope`,
    story: `${uid}-story`,
    search: `${uid}-search`,
    events: `${uid}-events`,
    secret: `${uid}-secret`,
  };
  const error = (field: string) => (state.status === "error" ? state.fieldErrors[field] : undefined);
  const fields = ["url", "scope", "story", "search", "events", "secret"];
  const general =
    state.status === "error" && !fields.some((field) => state.fieldErrors[field]) ? state.message : null;
  const key = (name: string) => `${name}-${state.status}`;

  return (
    <form
      action={action}
      className="space-y-5 rounded-xl border border-line bg-surface p-4 sm:p-6"
      noValidate
      data-testid="add-webhook-form"
    >
      <h2 className="font-serif text-xl font-semibold">Add a webhook</h2>
      <div aria-live="polite">
        {state.status === "added" ? (
          <Notice tone="ok" title="Webhook added">
            <span className="break-all">{state.url}</span> receives the events you chose from now on, each
            POSTed as JSON and signed with the secret.
          </Notice>
        ) : null}
        {general ? <Notice tone="error">{general}</Notice> : null}
      </div>
      <TextField
        id={ids.url}
        label="Receiver’s address"
        hint="Where Parallax POSTs each event. It must be a public address."
        error={error("url")}
        name="url"
        type="url"
        inputMode="url"
        required
        placeholder="https://hooks.example.org/parallax"
        defaultValue={state.values.url}
        key={key("url")}
      />
      <fieldset className="space-y-2" aria-describedby={error("scope") ? `${ids.scope}-error` : undefined}>
        <legend className="text-sm font-semibold">Follow</legend>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-4">
          {SCOPES.map((scope) => (
            <label key={scope.value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="scope"
                value={scope.value}
                defaultChecked={state.values.scope === scope.value}
                key={key(`scope-${scope.value}`)}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{scope.label}</span>{" "}
                <span className="text-muted">({scope.hint})</span>
              </span>
            </label>
          ))}
        </div>
        {error("scope") ? (
          <p id={`${ids.scope}-error`} className="text-sm font-semibold text-error-ink">
            {error("scope")}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id={ids.story}
          label="Story"
          optional
          hint="For “One story”: the story’s address or id."
          error={error("story")}
          name="story"
          placeholder="https://…/stories/…"
          defaultValue={state.values.story}
          key={key("story")}
        />
        <TextField
          id={ids.search}
          label="Search"
          optional
          hint="For “A search”: the story list’s address with your search and filters."
          error={error("search")}
          name="search"
          placeholder="https://…/?q=bridge&outlet=…"
          defaultValue={state.values.search}
          key={key("search")}
        />
      </div>
      <fieldset className="space-y-2" aria-describedby={error("events") ? `${ids.events}-error` : undefined}>
        <legend className="text-sm font-semibold">Events</legend>
        {EVENTS.map((event) => (
          <label key={event.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="events"
              value={event.value}
              defaultChecked={state.values.events.includes(event.value)}
              key={key(`event-${event.value}`)}
              className="mt-1"
            />
            <span>
              {event.label} <code className="font-mono text-xs text-muted">{event.value}</code>
            </span>
          </label>
        ))}
        {error("events") ? (
          <p id={`${ids.events}-error`} className="text-sm font-semibold text-error-ink">
            {error("events")}
          </p>
        ) : null}
      </fieldset>
      <TextField
        id={ids.secret}
        label="Secret"
        hint="Each delivery carries X-Parallax-Signature: sha256= and the HMAC-SHA256 of its body with this secret. Copy it to the receiver now: it is not shown again."
        error={error("secret")}
        name="secret"
        required
        minLength={16}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values.secret || suggestedSecret}
        key={key("secret")}
        className="font-mono"
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Adding…" : "Add webhook"}
      </button>
    </form>
  );
}
