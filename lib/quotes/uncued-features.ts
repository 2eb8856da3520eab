/**
 * What the acceptance model (./uncued-model.ts) reads of one uncued stretch, in this order: its length in words
 * (log, and whether 6 or more: the rule it replaces), whether it opens its sentence (the subject is then the
 * previous sentence's), whether a "that" introduces it. Chosen by 5-fold CV on PolNeAR train: adding what precedes
 * the quote (a label word such as "called", a determiner), its capital, whether it ends its sentence, the subject
 * being a pronoun, the name's length or the words between subject and quote made the model worse held out.
 */
export const UNCUED_FEATURES = ["logWords", "sixWords", "opensSentence", "thatClause"] as const;
