import "server-only";

/**
 * Whether a write failed on a unique constraint (Prisma's P2002, raised the same way by both drivers): a
 * concurrent writer stored the same row first. Callers that can tell "already there" from "failed" retry
 * their read rather than reporting an error.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
