/**
 * Follows merges: when stories are folded into another, their articles belong to it, and so on down a chain.
 * Path-halving keeps lookups short however many merges pile up.
 */
export class MergeLedger {
  private readonly parent = new Map<string, string>();

  record(into: string, absorbed: readonly string[]): void {
    for (const storyId of absorbed) if (storyId !== into) this.parent.set(storyId, into);
  }

  resolve(storyId: string): string {
    let current = storyId;
    for (;;) {
      const next = this.parent.get(current);
      if (next === undefined) return current;
      const grand = this.parent.get(next);
      if (grand !== undefined) this.parent.set(current, grand);
      current = next;
    }
  }
}
