/** Deterministic pseudo-random text for size and robustness tests (no Math.random: the same text every run). */

const VOCABULARY = (
  "the a of to in and troops minister said would talks peace city forum war security leaders on for with " +
  "agreement president ceasefire report officials country border statement military coalition week attack " +
  "government forces support meeting capital region aid sanctions response allies"
).split(" ");

/** A small linear congruential generator: good enough to scatter words and edits, and reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

/** `count` words of news-like prose with commas and full stops. */
export function generateProse(count: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? "the";
    const end = random();
    parts.push(end < 0.06 ? `${word}.` : end < 0.12 ? `${word},` : word);
  }
  return parts.join(" ");
}

/** The same prose with about `rate` of its words replaced, dropped or doubled. */
export function editProse(text: string, rate: number, seed: number): string {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (const word of text.split(" ")) {
    const roll = random();
    if (roll < rate / 3) out.push("changed");
    else if (roll < (2 * rate) / 3) continue;
    else if (roll < rate) out.push(word, word);
    else out.push(word);
  }
  return out.join(" ");
}

/** Words that are all different: more distinct tokens than one UTF-16 code unit can name past ~63,000. */
export function distinctWords(count: number, prefix: string): string {
  return Array.from({ length: count }, (_, i) => `${prefix}${i.toString(36)}`).join(" ");
}
