import { describeReadApi } from "./route.test-suite";

describeReadApi("sqlite");
