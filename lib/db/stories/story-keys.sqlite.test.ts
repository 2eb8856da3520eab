import { describeStoryKeys } from "./story-keys.test-suite";

describeStoryKeys("sqlite");
