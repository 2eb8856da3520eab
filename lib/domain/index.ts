/**
 * The domain's vocabulary: the plain shapes that several stages share (a quotation, an article draft, a story
 * assignment), declared once here. Types only; imports nothing.
 */
export type { Quotation } from "./quotation";
export type { ArticleDraft, OutletInput } from "./article";
export type { MembershipEvidence, StoryAssignment } from "./story-assignment";
