import { describeFollow } from "./follow.test-suite";

describeFollow("postgres");
