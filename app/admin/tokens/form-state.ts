export type TokenFormState =
  | { status: "idle" }
  | { status: "created"; name: string; secret: string }
  | { status: "error"; message: string; name: string };

export const initialTokenFormState: TokenFormState = { status: "idle" };
