/** Articles the compare view shows when none are chosen: the story's first, in publication order. */
export const DEFAULT_COMPARED_ARTICLES = 4;
/** The most articles compared side by side at once. */
export const MAX_COMPARED_ARTICLES = 6;

export interface CompareSelection {
  /** The articles to compare, in column order. */
  articleIds: string[];
  /** The requested articles that belong to the story, each once, in the order asked. */
  requested: string[];
  /** Articles were asked for, but fewer than two of the story's. */
  tooFew: boolean;
  /** More than MAX_COMPARED_ARTICLES were asked for: the first ones are compared. */
  truncated: boolean;
  /** The selection is the default one (the story's first articles), whose comparison the stored analysis holds. */
  isDefault: boolean;
}

/**
 * Which articles the compare view lays side by side: the story's articles that were asked for (two or more, at
 * most MAX_COMPARED_ARTICLES), else its first DEFAULT_COMPARED_ARTICLES in publication order. The page's header
 * and the comparison itself both come from here, so they always name the same articles.
 */
export function selectComparedArticles(
  membersInOrder: readonly string[],
  requestedIds?: readonly string[],
): CompareSelection {
  const members = new Set(membersInOrder);
  const requested = [...new Set((requestedIds ?? []).filter((id) => members.has(id)))];
  const defaults = membersInOrder.slice(0, DEFAULT_COMPARED_ARTICLES);
  const articleIds = requested.length >= 2 ? requested.slice(0, MAX_COMPARED_ARTICLES) : defaults;
  return {
    articleIds,
    requested,
    tooFew: requestedIds !== undefined && requested.length < 2,
    truncated: requested.length > MAX_COMPARED_ARTICLES,
    isDefault: articleIds.length === defaults.length && articleIds.every((id, i) => id === defaults[i]),
  };
}
