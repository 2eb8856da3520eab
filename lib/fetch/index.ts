/** The fetch stage: a web page or feed over http(s), checked, capped, decompressed and decoded. Server only. */
import "server-only";

export { fetchPage, DEFAULT_FETCH_LIMITS, DEFAULT_USER_AGENT } from "./fetch-page";
export { ARTICLE_TYPES, FEED_TYPES } from "./content-type";
export { FetchError, isFetchError, type FetchFailureKind } from "./fetch-error";
export { explainFetchFailure, inPlainWords, type FetchPurpose } from "./plain-words";
export { assertFetchableUrl, type PrecheckOptions } from "./precheck";
export type { AcceptKind, FetchedPage, FetchOptions, ResolvedAddress, ResolveHost } from "./types";
export { postBody, type PostAnswer, type PostOptions } from "./post-body";
