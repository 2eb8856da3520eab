import { z } from "zod";

/**
 * Process configuration, validated once at start-up so a bad value fails loudly with its name instead of
 * surfacing later as a confusing database or network error.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine(
      (url) => !url || /^(file:|postgres(ql)?:\/\/)/.test(url),
      "DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL",
    ),
  PARALLAX_DEMO: z.enum(["auto", "off"]).default("auto"),
  /**
   * The address readers reach Parallax at (https://news.example.org): every absolute link (API pagination, exports,
   * share and Open Graph URLs) starts with it. Unset, each request's own host is used.
   */
  PARALLAX_PUBLIC_URL: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .optional()
      .superRefine((value, ctx) => {
        const problem = value === undefined ? null : publicUrlProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: `PARALLAX_PUBLIC_URL ${problem}` });
      })
      .transform((value) => (value === undefined ? undefined : new URL(value).origin)),
  ),
  /** Lets the fetcher reach private, loopback and link-local addresses: for tests and intranet sources only. */
  PARALLAX_FETCH_ALLOW_PRIVATE: z
    .enum(["0", "1", "false", "true"])
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  /** Bearer token for POST /api/articles; unset, the write API is switched off. */
  PARALLAX_API_TOKEN: z
    .string()
    .trim()
    .min(16, "PARALLAX_API_TOKEN must be at least 16 characters")
    .optional(),
  /** The editors' shared password: signing in with it unlocks ingest, feeds, story edits and API tokens. Unset, editing is off. */
  PARALLAX_EDITOR_PASSWORD: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .min(8, "PARALLAX_EDITOR_PASSWORD must be at least 8 characters")
      .max(200, "PARALLAX_EDITOR_PASSWORD must be at most 200 characters")
      .optional(),
  ),
  /** Key for signing session cookies; unset, one is derived from the password (changing it signs everyone out). */
  PARALLAX_SESSION_SECRET: z
    .string()
    .trim()
    .min(32, "PARALLAX_SESSION_SECRET must be at least 32 characters")
    .optional(),
  /** Whether `npm run app` also runs background jobs (feed polls, queued pages) in-process ("auto") or leaves them to `npm run worker` ("off"). */
  PARALLAX_WORKER: z.enum(["auto", "off"]).default("auto"),
  /** Attempts a background job gets before it lands in the dead-letter list. */
  PARALLAX_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
  /** Seconds before a failed job's first retry; each further retry waits twice as long. */
  PARALLAX_JOB_RETRY_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** Seconds a job may run before it counts as lost (its worker died) and is retried elsewhere. */
  PARALLAX_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Seconds a webhook receiver has to answer a delivery before it is cut off and the attempt counts as failed. */
  PARALLAX_WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(300).default(10),
  /** Sustained requests per minute per client address to each rate-limited write route; 0 switches limits off. */
  PARALLAX_RATE_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  /** Requests a client may make at once before the per-minute rate applies. */
  PARALLAX_RATE_BURST: z.coerce.number().int().min(1).default(30),
  /** Reverse proxies in front of the app that append to X-Forwarded-For; 0: the header is ignored, the socket's address counts. */
  PARALLAX_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Minimum level of the structured (pino) logs; unset: info (warn in tests and one-shot CLI commands). */
  PARALLAX_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /**
   * Worker threads that analyse ingested documents off the web server's thread, so a huge article never stalls
   * pages or /api/health; 0 analyses on the calling thread (the unit tests do).
   */
  PARALLAX_ANALYSIS_THREADS: z.coerce.number().int().min(0).max(8).default(1),
  /** Seconds one document's analysis may take before it is refused as too complex. */
  PARALLAX_ANALYSIS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Memory for rendered story and compare pages kept by the app (lib/page-cache), in MB; 0 switches it off. */
  PARALLAX_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

/** Why a public URL cannot be used as the origin of every link, or null when it can. */
function publicUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL such as https://news.example.org";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must start with https:// or http://";
  if (url.username || url.password) return "must not contain a user name or password";
  if (url.pathname !== "/" || url.search || url.hash)
    return "must be an origin only (scheme, host and port), without a path, query or fragment";
  return null;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
