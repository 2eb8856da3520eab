import { readFileSync } from "node:fs";

/**
 * CPU milliseconds used so far by this process's main thread (the one that stores and clusters), from
 * /proc/self/task/<pid>/stat; null where /proc is not available. process.cpuUsage() sums all threads, and
 * the split tells which thread bounds the throughput.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields overall.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports clock ticks, 100 per second on every mainstream configuration.
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
