import "server-only";
import { cache } from "react";
import { getSharedView } from "@/lib/views";

/** Per-request memoised, so generateMetadata, the page and the image share one query. */
export const loadSharedView = cache(getSharedView);
