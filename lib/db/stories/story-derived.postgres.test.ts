import { describeStoryDerived } from "./story-derived.test-suite";

describeStoryDerived("postgres");
