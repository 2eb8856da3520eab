import { describeIngestConcurrency } from "./concurrency.test-suite";

describeIngestConcurrency("sqlite");
