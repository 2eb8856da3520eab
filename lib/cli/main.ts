import { disconnectDb } from "@/lib/db";
import { setDefaultLogLevel } from "@/lib/log";
import { processIo } from "./output";
import { runCli } from "./run";

// Entry point of `npm run parallax -- <command>`; everything testable lives in run.ts.
// Only the long-running worker logs its events by default; other commands print their own results.
if (process.argv[2] !== "worker") setDefaultLogLevel("warn");
const code = await runCli(process.argv.slice(2), processIo);
await disconnectDb();
process.exitCode = code;
