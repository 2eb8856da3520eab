/**
 * Runs `run` and returns its result with the CPU time it took, in milliseconds. Bounded-work tests assert on
 * CPU time, not wall time: the bounds catch super-linear work (seconds or minutes where milliseconds are due),
 * and CPU time does not grow when other processes share the machine.
 */
export function withCpuTime<T>(run: () => T): { result: T; ms: number } {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return { result, ms: (used.user + used.system) / 1000 };
}
