import { describePipeline } from "./pipeline.test-suite";

describePipeline("postgres");
