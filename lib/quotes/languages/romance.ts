/** Forms of regular Romance verbs from a stem, for the speech-verb lists of fr.ts, es.ts, it.ts and pt.ts. */

/** The endings a news report uses: present (3rd person), past (simple and participle), imperfect. */
const ENDINGS = {
  /** French -er verbs: déclare déclarent déclaré déclara déclarait. */
  fr: ["e", "ent", "é", "ée", "a", "ait", "aient"],
  /** Spanish -ar verbs: afirma afirman afirmó afirmaron afirmado afirmaba. */
  es: ["a", "an", "ó", "aron", "ado", "aba"],
  /** Italian -are verbs: afferma affermano affermato affermò affermava. */
  it: ["a", "ano", "ato", "ò", "ava", "arono"],
  /** Portuguese -ar verbs: afirma afirmam afirmou afirmaram afirmado afirmava. */
  pt: ["a", "am", "ou", "aram", "ado", "ava"],
} as const;

/** Every listed form of every stem, with the irregular forms given whole. */
export function verbForms(language: keyof typeof ENDINGS, stems: string, irregular: string): string[] {
  const forms: string[] = [];
  for (const stem of stems.split(/\s+/).filter(Boolean)) {
    for (const ending of ENDINGS[language]) forms.push(`${stem}${ending}`);
  }
  forms.push(...irregular.split(/\s+/).filter(Boolean));
  return forms;
}
