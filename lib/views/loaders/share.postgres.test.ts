import { describeShareLinks } from "./share.test-suite";

describeShareLinks("postgres");
