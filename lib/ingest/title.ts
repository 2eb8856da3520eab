import { sentenceSpans } from "@/lib/text";

const MAX_TITLE_CHARS = 110;

/** A headline for a body that came without one: its first sentence, cut at a word boundary. */
export function titleFromBody(text: string): string {
  const first = sentenceSpans(text.slice(0, 2_000))[0]?.text ?? text.slice(0, 200);
  const clean = first.replace(/\s+/g, " ").trim();
  if (clean.length <= MAX_TITLE_CHARS) return clean;
  const cut = clean.slice(0, MAX_TITLE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:]+$/, "")}…`;
}
