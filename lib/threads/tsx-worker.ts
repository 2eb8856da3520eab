import "server-only";
import { Worker } from "node:worker_threads";

/**
 * A worker thread running one of our TypeScript modules through tsx (the import pool's and the analysis threads'
 * entries). Node 20 resolves a worker's entry before --import hooks apply, so the thread registers tsx itself
 * and then imports the entry; `react-server` makes `server-only` importable there.
 */
export function startTsxWorker(entryHref: string): Worker {
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entryHref)}); })`;
  const execArgv = process.execArgv.includes("--conditions=react-server")
    ? process.execArgv
    : [...process.execArgv, "--conditions=react-server"];
  return new Worker(boot, { eval: true, execArgv });
}
