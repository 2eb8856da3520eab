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
