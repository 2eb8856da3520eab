import { revokeTokenAction } from "@/app/admin/tokens/actions";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { buttonClass } from "@/components/ui/button";
import type { ApiTokenRow } from "@/lib/auth";

/** Tokens by name and prefix, when made and last used, with a revoke button for active ones. */
export function TokenList({ tokens }: { tokens: ApiTokenRow[] }) {
  if (tokens.length === 0)
    return <EmptyState title="No tokens yet">Create one above for a script or a CMS.</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {tokens.map((token) => (
        <li
          key={token.id}
          className="flex flex-wrap items-center justify-between gap-3 p-4"
          data-testid="token-row"
        >
          <div className="space-y-1">
            <p className="font-semibold">
              {token.name}{" "}
              <code className="rounded bg-sunken px-1.5 py-0.5 font-mono text-xs">{token.prefix}…</code>
            </p>
            <p className="text-sm text-muted">
              Created by {token.createdBy} <DateTime iso={token.createdAt.toISOString()} /> ·{" "}
              {token.lastUsedAt ? (
                <>
                  last used <DateTime iso={token.lastUsedAt.toISOString()} />
                </>
              ) : (
                "never used"
              )}
            </p>
          </div>
          {token.revokedAt ? (
            <span className="text-sm font-semibold text-muted">
              Revoked <DateTime iso={token.revokedAt.toISOString()} />
            </span>
          ) : (
            <form action={revokeTokenAction}>
              <input type="hidden" name="id" value={token.id} />
              <button type="submit" className={buttonClass("secondary")}>
                Revoke<span className="sr-only"> {token.name}</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
