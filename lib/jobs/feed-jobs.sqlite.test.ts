import { describeFeedJobs } from "./feed-jobs.test-suite";

describeFeedJobs("sqlite");
