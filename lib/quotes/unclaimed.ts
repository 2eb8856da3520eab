import type { QuoteSpan } from "./marks/marks";

/**
 * Double-quoted fragments of the sentence being read that nothing has attributed yet, in text order. Fragments
 * arrive in order of their opening marks and sentences only move forward, so the ones left behind by a new
 * sentence are always a prefix: dropping them moves a cursor instead of filtering the list, and a paragraph of
 * n stray quotes costs n steps, not n².
 */
export class UnclaimedFragments {
  private spans: QuoteSpan[] = [];
  private head = 0;

  push(span: QuoteSpan): void {
    this.spans.push(span);
  }

  /** Forgets the fragments opening before `start` (the current sentence's start). */
  dropBefore(start: number): void {
    while (this.head < this.spans.length && (this.spans[this.head] as QuoteSpan).open < start) this.head += 1;
    if (this.head === this.spans.length) this.clear();
  }

  first(): QuoteSpan | undefined {
    return this.spans[this.head];
  }

  /** Every fragment still waiting, in text order; the list is empty afterwards. */
  takeAll(): QuoteSpan[] {
    const taken = this.spans.slice(this.head);
    this.clear();
    return taken;
  }

  private clear(): void {
    this.spans = [];
    this.head = 0;
  }
}
