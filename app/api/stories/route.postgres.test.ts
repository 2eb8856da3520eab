import { describeReadApi } from "./route.test-suite";

describeReadApi("postgres");
