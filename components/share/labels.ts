import type { ShareKind } from "@/lib/views/share-request";

export const SHARE_KIND_LABEL: Record<ShareKind, string> = {
  story: "Shared story",
  compare: "Shared comparison",
  quote: "Shared quotation",
};
