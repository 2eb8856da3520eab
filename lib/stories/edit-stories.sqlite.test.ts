import { describeStoryEdits } from "./edit-stories.test-suite";

describeStoryEdits("sqlite");
