export interface WebhookFormValues {
  url: string;
  scope: string;
  story: string;
  search: string;
  events: string[];
  secret: string;
}

export type WebhookFormState =
  | { status: "idle"; values: WebhookFormValues }
  | { status: "added"; url: string; values: WebhookFormValues }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: WebhookFormValues };

export const ALL_EVENTS = ["article.added", "article.edited", "story.edited"];

export const initialWebhookFormState: WebhookFormState = {
  status: "idle",
  values: { url: "", scope: "all", story: "", search: "", events: ALL_EVENTS, secret: "" },
};

/** The form's first state, following a story (?story=…) or a search (?search=…) when a link asked for it. */
export function webhookFormStart(start: { story?: string; search?: string }): WebhookFormState {
  const values = { ...initialWebhookFormState.values };
  if (start.story) Object.assign(values, { scope: "story", story: start.story });
  else if (start.search) Object.assign(values, { scope: "search", search: start.search });
  return { status: "idle", values };
}
