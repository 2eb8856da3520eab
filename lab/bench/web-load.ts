import autocannon from "autocannon";

/*
 * One page under load with autocannon over loopback: a sequential pass (one connection, so the latency is the
 * server's render time without queueing), a warm-up, then the measured run with `connections` concurrent
 * keep-alive connections. Latency is to the last byte of the response (streamed pages included).
 */

export interface PageFigures {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  /** p50 with one connection: server render time without queueing. */
  renderP50Ms: number;
  requests: number;
  /** Server process CPU time (all its threads and children) over the measured run, per request answered. */
  cpuMsPerRequest?: number;
  /** Responses that were not 2xx, and connection errors/timeouts, over all passes. */
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
  warmupSeconds: number;
  renderSeconds: number;
}

function run(
  url: string,
  connections: number,
  duration: number,
  headers: Record<string, string>,
): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration, timeout: 30, headers });
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export async function measurePage(
  url: string,
  options: LoadOptions,
  serverCpuMs?: () => number | null,
  headers: Record<string, string> = {},
): Promise<PageFigures> {
  const render = await run(url, 1, options.renderSeconds, headers);
  const warmup = await run(url, options.connections, options.warmupSeconds, headers);
  const cpuBefore = serverCpuMs?.() ?? null;
  const load = await run(url, options.connections, options.durationSeconds, headers);
  const cpuAfter = serverCpuMs?.() ?? null;
  const passes = [render, warmup, load];
  return {
    p50Ms: round(load.latency.p50),
    p99Ms: round(load.latency.p99),
    rps: round(load.requests.total / load.duration),
    renderP50Ms: round(render.latency.p50),
    requests: load.requests.total,
    ...(cpuBefore !== null && cpuAfter !== null && load.requests.total > 0
      ? { cpuMsPerRequest: round((cpuAfter - cpuBefore) / load.requests.total, 2) }
      : {}),
    non2xx: passes.reduce((sum, r) => sum + r.non2xx, 0),
    errors: passes.reduce((sum, r) => sum + r.errors, 0),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * The same figures for an in-process call (the API fallback when the tree has no read route): `connections`
 * concurrent callers for the duration; a call that throws counts as an error.
 */
export async function measureCall(call: () => Promise<unknown>, options: LoadOptions): Promise<PageFigures> {
  const pass = async (callers: number, seconds: number) => {
    const latencies: number[] = [];
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: callers }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          try {
            JSON.stringify(await call());
            latencies.push(performance.now() - started);
          } catch {
            errors++;
          }
        }
      }),
    );
    return { latencies: latencies.sort((a, b) => a - b), errors, seconds };
  };
  const render = await pass(1, options.renderSeconds);
  const warmup = await pass(options.connections, options.warmupSeconds);
  const load = await pass(options.connections, options.durationSeconds);
  return {
    p50Ms: round(percentile(load.latencies, 50)),
    p99Ms: round(percentile(load.latencies, 99)),
    rps: round(load.latencies.length / load.seconds),
    renderP50Ms: round(percentile(render.latencies, 50)),
    requests: load.latencies.length,
    non2xx: 0,
    errors: render.errors + warmup.errors + load.errors,
  };
}
