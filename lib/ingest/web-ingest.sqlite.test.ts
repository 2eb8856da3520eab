import { describeWebIngest } from "./web-ingest.test-suite";

describeWebIngest("sqlite");
