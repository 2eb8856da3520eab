export interface FeedFormValues {
  url: string;
  outlet: string;
  interval: string;
}

export type FeedFormState =
  | { status: "idle"; values: FeedFormValues }
  | { status: "added"; url: string; values: FeedFormValues }
  | { status: "error"; message: string; field: string; values: FeedFormValues };

export const initialFeedFormState: FeedFormState = {
  status: "idle",
  values: { url: "", outlet: "", interval: "30" },
};
