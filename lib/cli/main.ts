import { disconnectDb } from "@/lib/db";
import { processIo } from "./output";
import { runCli } from "./run";

// Entry point of `npm run parallax -- <command>`; everything testable lives in run.ts.
const code = await runCli(process.argv.slice(2), processIo);
await disconnectDb();
process.exitCode = code;
