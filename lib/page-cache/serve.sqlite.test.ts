import { describePageCache } from "./serve.test-suite";

describePageCache("sqlite");
