import { describeOutletProfiles } from "./outlets.test-suite";

describeOutletProfiles("postgres");
