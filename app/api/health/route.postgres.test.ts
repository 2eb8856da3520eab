import { describeHealth } from "./route.test-suite";

describeHealth("postgres");
