/**
 * Growth checks for the analysis stages (issue 15): each stage is timed on adversarial bodies of 10,000, 100,000
 * and (when that stays cheap) 1,000,000 characters, and a step of ten in size may cost at most about ten times
 * as much. A quadratic stage costs a hundred times as much per step, so generous slack still catches it, and
 * the check asserts a ratio of CPU times, never a wall-clock bound.
 */

/** An adversarial body: one paragraph of `chars` characters, built the same way every time. */
export interface Shape {
  name: string;
  make: (chars: number) => string;
}

function repeatTo(chars: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join("").slice(0, chars);
}

/** Letters only, distinct for every i: "Ab", "Ac", … so that each speaker has a name of their own. */
function nameOf(i: number): string {
  let name = "";
  let n = i;
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `K${name}`;
}

const VOCABULARY = ["minister", "border", "talks", "agreed", "troops", "Geneva", "report", "votes"];

export const ADVERSARIAL_SHAPES: readonly Shape[] = [
  // Issue 15's attack: `"a" "a" …`, 40,000 quotations in one sentence.
  { name: "quotation marks", make: (chars) => repeatTo(chars, () => '"a" ') },
  { name: "bare quotation marks", make: (chars) => '"'.repeat(chars) },
  { name: "mixed quotation marks", make: (chars) => repeatTo(chars, (i) => `“a${i % 10}” 'b' «c» „d“ `) },
  {
    name: "one sentence",
    make: (chars) => repeatTo(chars, (i) => `${VOCABULARY[i % VOCABULARY.length]} ${i % 997}, and `),
  },
  { name: "no spaces", make: (chars) => repeatTo(chars, (i) => String.fromCharCode(97 + (i % 26))) },
  {
    name: "one long quotation",
    make: (chars) =>
      `Anna Weiss said: "${repeatTo(chars - 20, (i) => `${VOCABULARY[i % VOCABULARY.length]} `)}"`,
  },
  {
    name: "many speakers",
    make: (chars) => repeatTo(chars, (i) => `"We will act on the border now," said Anna ${nameOf(i)}. `),
  },
];

/** CPU milliseconds of one run (all threads of the process; the stages run on this one). */
function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * The least CPU time one call takes, over `rounds` rounds. A call under MIN_ROUND_MS is repeated within a round
 * until the round lasts that long; longer ones are timed alone, as the largest bodies are, so that a cache kept
 * warm by repetition does not flatter the smaller size.
 */
function leastMs(run: () => unknown, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  let calls = 1;
  for (let round = 0; round < rounds; round += 1) {
    let spent = cpuMs(() => {
      for (let c = 0; c < calls; c += 1) run();
    });
    while (spent < MIN_ROUND_MS && calls < MAX_CALLS_PER_ROUND) {
      calls *= 4;
      spent = cpuMs(() => {
        for (let c = 0; c < calls; c += 1) run();
      });
    }
    best = Math.min(best, spent / calls);
  }
  return best;
}

const MIN_ROUND_MS = 1;
const MAX_CALLS_PER_ROUND = 256;
/** Times below this are noise (timer resolution, a minor GC): they count as this much. */
const NOISE_FLOOR_MS = 0.5;

/**
 * How many times the time ten times the input may take. Linear is 10 and quadratic 100. Linear stages measure up
 * to about 30 from 10,000 to 100,000 characters, and up to about 80 from 100,000 to 1,000,000 on a busy machine:
 * the larger body no longer fits the processor's caches, and its garbage is collected by other threads whose
 * time counts too. The larger step is there for cliffs (a library that slows down a thousandfold past some size)
 * and for quadratic work too small to see at 100,000 characters.
 */
export function maxGrowth(toChars: number): number {
  return toChars >= 1_000_000 ? 100 : 50;
}

export interface GrowthOptions {
  /** Sizes in characters, ascending, each ten times the last. Default 10,000, 100,000 and 1,000,000. */
  sizes?: readonly number[];
  /** Rounds per size, the least time counting (one at 1,000,000). Default 2. */
  rounds?: number;
  /**
   * The 1,000,000-character body is timed only when the 100,000 one took less than this many milliseconds: a
   * cheap subset, so that the property stays fast. Default 15.
   */
  millionWhenUnderMs?: number;
}

export interface GrowthStep {
  from: number;
  to: number;
  fromMs: number;
  toMs: number;
  /** toMs / fromMs, per tenfold growth of the input. */
  ratio: number;
}

/** A stage under test: `prepare` makes its input from a body (untimed), `run` is what is timed. */
export interface GrowthStage<T> {
  name: string;
  prepare: (body: string) => T;
  run: (input: T) => unknown;
}

/** A stage whose input is the body itself. */
export function stageOf(name: string, run: (body: string) => unknown): GrowthStage<string> {
  return { name, prepare: (body) => body, run };
}

/**
 * Times a stage on a shape at each size and returns each step's growth. A step over its limit is timed again with
 * more rounds before it counts: a busy machine can slow any single measurement.
 */
export function measureGrowth<T>(
  stage: GrowthStage<T>,
  shape: Shape,
  options: GrowthOptions = {},
): GrowthStep[] {
  const sizes = options.sizes ?? [10_000, 100_000, 1_000_000];
  const rounds = options.rounds ?? 2;
  const millionWhenUnder = options.millionWhenUnderMs ?? 15;
  stage.run(stage.prepare(shape.make(1_000))); // compile the stage's code paths before any timing
  const roundsAt = (size: number, extra: number) => (size >= 1_000_000 ? 1 : rounds) + extra;
  const steps: GrowthStep[] = [];
  let previous: { size: number; input: T; ms: number } | null = null;
  for (const size of sizes) {
    if (previous && size >= 1_000_000 && previous.ms > millionWhenUnder) break;
    const input = stage.prepare(shape.make(size));
    const ms = leastMs(() => stage.run(input), roundsAt(size, 0));
    if (previous) {
      const from: { size: number; input: T; ms: number } = previous;
      let step = growthStep(from.size, size, from.ms, ms);
      if (step.ratio > maxGrowth(size)) {
        const fromMs = Math.min(
          from.ms,
          leastMs(() => stage.run(from.input), roundsAt(from.size, 3)),
        );
        const toMs = Math.min(
          ms,
          leastMs(() => stage.run(input), roundsAt(size, 2)),
        );
        step = growthStep(from.size, size, fromMs, toMs);
      }
      steps.push(step);
    }
    previous = { size, input, ms };
  }
  return steps;
}

function growthStep(from: number, to: number, fromMs: number, toMs: number): GrowthStep {
  const ratio = Math.max(toMs, NOISE_FLOOR_MS) / Math.max(fromMs, NOISE_FLOOR_MS);
  return { from, to, fromMs, toMs, ratio: ratio / (to / from / 10) };
}

/**
 * Every step, of every shape, that grows faster than about linearly, as a line naming the stage, shape and step:
 * a test expects none.
 */
export function superLinearSteps<T>(
  stage: GrowthStage<T>,
  shapes: readonly Shape[] = ADVERSARIAL_SHAPES,
  options: GrowthOptions = {},
): string[] {
  const problems: string[] = [];
  for (const shape of shapes) {
    for (const step of measureGrowth(stage, shape, options)) {
      if (step.ratio > maxGrowth(step.to))
        problems.push(
          `${stage.name} on ${shape.name}: ${step.from} → ${step.to} characters took ` +
            `${step.fromMs.toFixed(2)} → ${step.toMs.toFixed(2)} ms (×${step.ratio.toFixed(1)} per ×10)`,
        );
    }
  }
  return problems;
}
