import type { FramingExample as Example } from "@/lib/compare";

/** One piece of framing evidence: its sentence, with the matched words marked (and announced). */
export function FramingExample({ example }: { example: Example }) {
  const from = Math.max(0, example.start - example.contextStart);
  const to = Math.min(example.context.length, example.end - example.contextStart);
  return (
    <span className="font-serif text-sm leading-relaxed text-ink">
      {example.context.slice(0, from)}
      <mark className="rounded-sm bg-accent-soft px-0.5 font-semibold text-ink underline decoration-2 underline-offset-2">
        {example.context.slice(from, to)}
      </mark>
      {example.context.slice(to)}
    </span>
  );
}
