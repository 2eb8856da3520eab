import type { OutletFactKind } from "@/lib/outlets";

export interface OutletFactFormValues {
  value: string;
  source: string;
  sourceUrl: string;
  asOf: string;
}

export type OutletFactFormState =
  | { status: "idle"; values: OutletFactFormValues }
  | { status: "saved"; kind: OutletFactKind; removed: boolean; values: OutletFactFormValues }
  | {
      status: "error";
      message: string;
      fieldErrors: Partial<Record<keyof OutletFactFormValues, string>>;
      values: OutletFactFormValues;
    };
