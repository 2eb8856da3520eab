import { describeWorkers } from "./worker.test-suite";

describeWorkers("sqlite");
