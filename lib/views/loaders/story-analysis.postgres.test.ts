import { describeStoryAnalysis } from "./story-analysis.test-suite";

describeStoryAnalysis("postgres");
