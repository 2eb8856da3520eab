import { describeIngestCrash } from "./crash.test-suite";

describeIngestCrash("postgres");
