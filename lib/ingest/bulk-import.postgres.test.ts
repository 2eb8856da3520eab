import { describeBulkImport } from "./bulk-import.test-suite";

describeBulkImport("postgres");
