import { describeRecluster } from "./recluster.test-suite";

describeRecluster("sqlite");
