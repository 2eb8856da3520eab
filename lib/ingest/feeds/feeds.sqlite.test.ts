import { describeFeeds } from "./feeds.test-suite";

describeFeeds("sqlite");
