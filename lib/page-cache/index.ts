export { servePageFromCache, cacheableStoryId, RENDER_HEADER, CACHE_STATUS_HEADER } from "./serve";
export {
  PageStore,
  toTemplate,
  fillTemplate,
  toByteTemplate,
  fillByteTemplate,
  type CachedPage,
} from "./store";
