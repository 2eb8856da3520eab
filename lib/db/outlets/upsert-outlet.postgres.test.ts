import { describeUpsertOutlet } from "./upsert-outlet.test-suite";

describeUpsertOutlet("postgres");
