export type { DemoArticle, DemoOutlet, DemoStory } from "./types";
export { demoOutlets } from "./outlets";
export { demoStories } from "./stories";

export const DEMO_NOTICE =
  "Demo data: every outlet, person and article here is fictional, written for the Parallax demo.";
