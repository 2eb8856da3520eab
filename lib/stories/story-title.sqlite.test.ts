import { describeStoryIdentity } from "./story-title.test-suite";

describeStoryIdentity("sqlite");
