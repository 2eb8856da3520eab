import { describeApiTokens } from "./api-tokens.test-suite";

describeApiTokens("postgres");
