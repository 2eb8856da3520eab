import { describeBatchedImport } from "./batched-import.test-suite";

describeBatchedImport("postgres");
