import "server-only";
import { env } from "@/lib/env";

export interface JobSettings {
  /** Attempts before a job becomes a dead letter. */
  attempts: number;
  /** The first retry waits this long; each further one twice as long as the one before. */
  retryDelaySeconds: number;
  /** A job held longer than this (its worker died, or hung) is taken back and retried. */
  timeoutSeconds: number;
  /** How often an idle worker looks for new jobs. */
  pollMs: number;
}

export function jobSettings(overrides: Partial<JobSettings> = {}): JobSettings {
  return {
    attempts: env.PARALLAX_JOB_ATTEMPTS,
    retryDelaySeconds: env.PARALLAX_JOB_RETRY_SECONDS,
    timeoutSeconds: env.PARALLAX_JOB_TIMEOUT_SECONDS,
    pollMs: 2000,
    ...overrides,
  };
}

/** Exponential back-off: delay × 2^(attempt−1) after the given failed attempt. */
export function retryDelayMs(settings: JobSettings, failedAttempt: number): number {
  return settings.retryDelaySeconds * 1000 * 2 ** Math.max(0, failedAttempt - 1);
}
