import { describeIngestConcurrency } from "./concurrency.test-suite";

describeIngestConcurrency("postgres");
