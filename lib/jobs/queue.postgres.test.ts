import { describeQueue } from "./queue.test-suite";

describeQueue("postgres");
