import { describeIngestCrash } from "./crash.test-suite";

describeIngestCrash("sqlite");
