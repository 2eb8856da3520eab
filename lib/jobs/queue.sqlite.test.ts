import { describeQueue } from "./queue.test-suite";

describeQueue("sqlite");
