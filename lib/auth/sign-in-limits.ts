import { FixedWindowLimiter } from "./rate-limit";

export interface SignInLimitOptions {
  /** Wrong passwords a client may send per window. */
  perClient: number;
  /** Wrong passwords from all clients together per window before the server counts as under attack. */
  everyone: number;
  windowMs: number;
  /** Clients remembered (memory bound). */
  maxClients: number;
}

export const SIGN_IN_LIMITS: SignInLimitOptions = {
  perClient: 5,
  everyone: 100,
  windowMs: 15 * 60_000,
  maxClients: 10_000,
};

/**
 * Who may try a password now. Each client (address, see lib/ratelimit) may get it wrong `perClient` times per
 * window. Once `everyone` wrong passwords have arrived in a window from all clients together, the server is under
 * attack and a client that has already been wrong in its window may not try again until that window ends. A
 * client that has not been wrong is never refused: nobody can lock the editors out by guessing from elsewhere,
 * and during an attack each further address buys one guess per window. Time is passed in.
 */
export class SignInLimits {
  private readonly clients: FixedWindowLimiter;
  private readonly everyone: FixedWindowLimiter;
  private readonly clientsUnderAttack: FixedWindowLimiter;

  constructor(options: SignInLimitOptions = SIGN_IN_LIMITS) {
    const { windowMs, maxClients } = options;
    this.clients = new FixedWindowLimiter({ limit: options.perClient, windowMs, maxKeys: maxClients });
    this.clientsUnderAttack = new FixedWindowLimiter({ limit: 1, windowMs, maxKeys: maxClients });
    this.everyone = new FixedWindowLimiter({ limit: options.everyone, windowMs, maxKeys: 1 });
  }

  /** Milliseconds until `client` may try a password, or 0 when it may now. */
  retryAfterMs(client: string, now: number): number {
    const own = this.clients.retryAfterMs(client, now);
    if (own > 0) return own;
    const underAttack = this.everyone.retryAfterMs(EVERYONE, now) > 0;
    return underAttack ? this.clientsUnderAttack.retryAfterMs(client, now) : 0;
  }

  recordFailure(client: string, now: number): void {
    this.clients.record(client, now);
    this.clientsUnderAttack.record(client, now);
    this.everyone.record(EVERYONE, now);
  }

  recordSuccess(client: string): void {
    this.clients.forget(client);
    this.clientsUnderAttack.forget(client);
  }
}

const EVERYONE = "*";
