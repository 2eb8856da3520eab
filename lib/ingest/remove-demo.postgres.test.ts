import { describeDemoRemoval } from "./remove-demo.test-suite";

describeDemoRemoval("postgres");
