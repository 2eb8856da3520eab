import { describeClusteringAgreement } from "./clustering-agreement.test-suite";

describeClusteringAgreement("sqlite");
