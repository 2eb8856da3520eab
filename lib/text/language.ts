import { scriptLanguage } from "./script-language";
import { words } from "./spans";

/** The commonest function words per language: enough to tell major European languages apart in news text. */
const MARKERS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "he", "said", "on", "it", "by"],
  de: [
    "der",
    "die",
    "und",
    "das",
    "ist",
    "nicht",
    "mit",
    "den",
    "ein",
    "eine",
    "sich",
    "auf",
    "für",
    "dem",
    "wird",
  ],
  fr: ["le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "pas", "sur", "du", "au"],
  es: ["el", "la", "los", "las", "y", "que", "del", "por", "una", "para", "con", "es", "se", "su", "al"],
  it: ["il", "la", "che", "di", "della", "per", "una", "non", "sono", "con", "del", "gli", "le", "è", "nel"],
  nl: ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "met", "voor", "zijn", "er", "ook"],
  pt: ["o", "os", "que", "de", "não", "uma", "para", "com", "do", "da", "em", "se", "por", "mais", "foi"],
};

/**
 * A best guess at the language of a text (ISO 639-1), or null when it is too short or unclear. Counts hits of
 * each language's function words; a language must lead clearly before we name it.
 */
export function detectLanguage(text: string, options: { maxWords?: number } = {}): string | null {
  const sample = words(text.slice(0, 20_000)).slice(0, options.maxWords ?? 2_000);
  // A non-Latin script names its language outright (kana → ja, Hangul → ko, Cyrillic → ru or uk…), also in
  // scripts written without spaces, where words() finds few words.
  const byScript = scriptLanguage(text);
  if (byScript) return byScript;
  if (sample.length < 8) return null;
  const counts = new Map<string, number>();
  const lower = sample.map((w) => w.toLowerCase());
  for (const [lang, markers] of Object.entries(MARKERS)) {
    const set = new Set(markers);
    counts.set(lang, lower.filter((w) => set.has(w)).length);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (!best || best[1] < Math.max(3, sample.length * 0.05)) return null;
  if (second && best[1] < second[1] * 1.5) return null;
  return best[0];
}
