/**
 * Structured logs (pino): one JSON object per line on stderr, so a CLI's results on stdout stay clean and a
 * log collector reads both the app and the worker the same way. Secrets never reach a log line: tokens,
 * passwords, cookies, authorization headers and database URLs are redacted wherever they sit in a logged object.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";

export type { Logger } from "pino";

/** Field names whose values are never written, at the top level or one or two levels down. */
const SECRET_FIELDS = [
  "authorization",
  "cookie",
  "set-cookie",
  "token",
  "apiToken",
  "password",
  "secret",
  "databaseUrl",
  "DATABASE_URL",
  "PARALLAX_API_TOKEN",
];
const REDACTED_PATHS = SECRET_FIELDS.flatMap((field) => {
  const key = /^[\w$]+$/.test(field) ? field : `["${field}"]`;
  const join = (prefix: string) => (key.startsWith("[") ? `${prefix}${key}` : `${prefix}.${key}`);
  return [key, join("*"), join("*.*")];
});

/** Credentials inside URLs (postgresql://user:password@host) are cut out of any message or string field. */
export function redactUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, "$1[redacted]@");
}

const globalForLog = globalThis as unknown as { parallaxLog?: Logger; parallaxLogLevel?: string };

/** The level when PARALLAX_LOG_LEVEL is unset: info, but warn under test so test output stays readable. */
function defaultLevel(): string {
  return globalForLog.parallaxLogLevel ?? (env.NODE_ENV === "test" ? "warn" : "info");
}

/**
 * Sets the level used when PARALLAX_LOG_LEVEL is unset: one-shot CLI commands log only warnings, so their
 * own output on the terminal is not drowned in per-article events.
 */
export function setDefaultLogLevel(level: string): void {
  globalForLog.parallaxLogLevel = level;
  if (globalForLog.parallaxLog && !env.PARALLAX_LOG_LEVEL) globalForLog.parallaxLog.level = level;
}

/** A logger writing to `destination` (stderr by default): tests pass a stream to read what was logged. */
export function createLogger(
  destination?: DestinationStream,
  level: string = env.PARALLAX_LOG_LEVEL ?? defaultLevel(),
): Logger {
  return pino(
    {
      level,
      base: { app: "parallax", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      serializers: {
        err: (error: unknown) => {
          const serialized = pino.stdSerializers.err(error as Error);
          if (serialized && typeof serialized.message === "string")
            serialized.message = redactUrlCredentials(serialized.message);
          if (serialized && typeof serialized.stack === "string")
            serialized.stack = redactUrlCredentials(serialized.stack);
          return serialized;
        },
      },
      hooks: {
        // Messages are formatted by pino from the arguments; credentials in a URL there are cut out too.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === "string" ? redactUrlCredentials(arg) : arg)) as Parameters<
              typeof method
            >,
          );
        },
      },
    },
    destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** The process's logger; `component` names the part of Parallax that logs ("api", "ingest", "worker"…). */
export function log(component: string): Logger {
  globalForLog.parallaxLog ??= createLogger();
  return globalForLog.parallaxLog.child({ component });
}
