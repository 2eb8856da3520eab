import { describeStoryIndex } from "./story-index.test-suite";

describeStoryIndex("sqlite");
