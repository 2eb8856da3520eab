import { describeDemoLoad } from "./load-demo.test-suite";

describeDemoLoad("postgres");
