import { describeStorySearch } from "./search.test-suite";

describeStorySearch("sqlite");
