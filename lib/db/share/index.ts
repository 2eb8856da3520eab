export { createShareLink, type ShareLinkInput, type SavedShareLink } from "./create-share-link";
export { findShareLink, type ShareLinkRecord } from "./find-share-link";
export { getShareLinkStamp } from "./share-link-stamp";
export { getCurrentVersions } from "./get-current-versions";
export { getPinnedVersions, type PinnedVersionRecord } from "./get-pinned-versions";
export { getStoryMembers } from "./get-story-members";
export { getQuoteGroupMembers } from "./get-quote-group-members";
export { countMembersSince } from "./count-members-since";
