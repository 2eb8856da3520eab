import { seedBodies } from "../../testing/seeds";

/** The seed pair's bodies, read from ../shared at run time (the seed text is never copied into the repo). */
const seeds = seedBodies();

export const JOE_HEADLINE = seeds.joeHeadline;
export const JOE_BODY = seeds.joeBody;
export const OTHER_BODY = seeds.otherBody;
