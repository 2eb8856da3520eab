import { describeWebhooks } from "./webhooks.test-suite";

describeWebhooks("sqlite");
