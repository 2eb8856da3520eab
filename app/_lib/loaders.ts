import "server-only";
import { cache } from "react";
import { getArticle, getStory } from "@/lib/views";

/** Per-request memoised loaders, so generateMetadata and the page share one query. */
export const loadStory = cache(getStory);
export const loadArticle = cache(getArticle);
