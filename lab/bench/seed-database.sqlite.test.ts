import { describeSeedDatabase } from "./seed-database.test-suite";

describeSeedDatabase("sqlite");
