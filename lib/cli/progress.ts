import cliProgress from "cli-progress";

export interface Progress {
  tick(summary: { created: number; updated: number; duplicates: number; failed: number }): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr when a person is watching (stderr is a terminal), nothing otherwise: logs and
 * scripts get only the summary. An unknown total shows a running count instead of a bar.
 */
export function startProgress(total: number | null, interactive: boolean): Progress {
  if (!interactive) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        total === null
          ? "{value} items | {rate}/s | new {created} · updated {updated} · duplicate {duplicates} · failed {failed}"
          : "[{bar}] {value}/{total} | {rate}/s | eta {eta_formatted} | new {created} · updated {updated} · duplicate {duplicates} · failed {failed}",
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  bar.start(total ?? 0, 0, { created: 0, updated: 0, duplicates: 0, failed: 0, rate: "0" });
  return {
    tick(summary) {
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { ...summary, rate: seconds > 0 ? (done / seconds).toFixed(1) : "0" });
    },
    stop: () => bar.stop(),
  };
}
