import { ita } from "stopword";
import { verbForms } from "./romance";
import { wordSet, type LanguageRules } from "./types";

/** Italian: «…», “…” and "…"; dialogue dashes. `«…», ha detto il ministro`, `secondo X`, `X ha dichiarato: «…»`. */
const CUE_VERBS = wordSet(
  verbForms(
    "it",
    "dichiar afferm spieg sottoline precis assicur osserv comment ribad annunci denunci avvert " +
      "insist dichiar rimarc evidenzi ricord lament confess tuitt esclam attacc accus replic specific " +
      "avvis conferm raccont chied",
    "detto dice dicono disse dissero dire aggiunto aggiunge aggiungono aggiunse risposto risponde " +
      "rispose scritto scrive scrisse ammesso ammette ammise riconosciuto riconosce concluso conclude " +
      "chiesto chiede sostiene sostenuto",
  ),
);

export const ITALIAN: LanguageRules = {
  code: "it",
  pairs: [
    ["«", "»"],
    ["“", "”"],
    ['"', '"'],
  ],
  cueVerbs: CUE_VERBS,
  accordingTo: wordSet("secondo"),
  trailerWords: wordSet(),
  reportedMood: wordSet(),
  opinionNouns: wordSet(),
  particles: wordSet(),
  pronouns: wordSet("lui lei loro io noi egli ella"),
  functionWords: wordSet(ita, "ma anche secondo inoltre poi allora già ancora"),
  determiners: wordSet("il lo la i gli le l' un uno una un' questo questa suo sua suoi sue nostro nostra"),
  prepositions: wordSet(
    "a al alla ai agli alle di del della dei degli delle da dal dalla in nel nella con su per tra fra",
  ),
  finiteAuxiliaries: wordSet("ha hanno aveva avevano"),
  auxiliaries: wordSet("ha hanno aveva avevano avrebbe è sono era si gli le anche già"),
  titleNouns: wordSet(
    "giornale quotidiano settimanale rivista emittente radio agenzia film libro romanzo album canzone titolo",
    "slogan progetto operazione programma campagna trasmissione serie organizzazione associazione",
    "categoria modello marchio nome parola studio rapporto legge partito società sito festival premio",
  ),
  labelWords: wordSet("cosiddetto cosiddetta cosiddetti cosiddette chiamato chiamata soprannominato"),
  namingWords: wordSet("come definito definita"),
  personalWords: wordSet("io noi mi ci mio mia miei nostro nostra nostri lei voi vostro"),
  clauseWords: wordSet(
    "è sono era erano ha hanno aveva sarà può possono deve devono c'è va vanno fa fanno siamo ho abbiamo",
  ),
  abbreviations: wordSet("sig sigg dott prof on avv ing etc st"),
  dialogueDash: true,
};
