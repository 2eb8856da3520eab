export { servePageFromCache, CACHE_STATUS_HEADER } from "./serve";
export { cacheableStoryId, cacheTarget, RENDER_HEADER, type CacheTarget } from "./targets";
export {
  PageStore,
  toTemplate,
  fillTemplate,
  toByteTemplate,
  fillByteTemplate,
  type CachedPage,
} from "./store";
