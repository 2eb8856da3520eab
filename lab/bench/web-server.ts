import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/*
 * The production app for the web benchmark: `next build` (unless a build exists and the caller skips it) and
 * `next start` on a free loopback port against a given database, in its own process group so stopping it
 * stops every child it started.
 */

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

export function hasBuild(): boolean {
  return existsSync(path.join(process.cwd(), ".next", "BUILD_ID"));
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { env, stdio: ["ignore", 2, 2] });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with code ${code}`)),
    );
  });
}

export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  await run(["build"], env);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
  /** CPU milliseconds used so far by the server's processes (its process group), or null without /proc. */
  cpuMs(): number | null;
}

/** User plus system CPU time of every live process in a process group, from /proc/<pid>/stat. */
function groupCpuMs(group: number): number | null {
  try {
    let ticks = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // exited meanwhile
      }
      // Fields after the parenthesised command name: pgrp is the 5th field overall, utime and stime the 14th/15th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== group) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    // Linux reports clock ticks, 100 per second on every mainstream configuration.
    return ticks * 10;
  } catch {
    return null;
  }
}

/** Starts `next start` and waits until it answers `/` (at most `timeoutMs`). */
export async function startApp(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    { env, stdio: ["ignore", "ignore", 2], detached: true },
  );
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const stop = async (): Promise<void> => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5_000);
    await gone;
    clearTimeout(timer);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error("next start exited before it answered");
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      return { origin, stop, cpuMs: () => (child.pid === undefined ? null : groupCpuMs(child.pid)) };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  await stop();
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
}
