import { describeShareLinks } from "./share.test-suite";

describeShareLinks("sqlite");
