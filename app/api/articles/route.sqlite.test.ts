import { describeArticlesApi } from "./route.test-suite";

describeArticlesApi("sqlite");
