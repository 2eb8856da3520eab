import { spa } from "stopword";
import { verbForms } from "./romance";
import { wordSet, type LanguageRules } from "./types";

/**
 * Spanish: «…», “…” and "…"; dialogue dashes (`—No lo sé —dijo el ministro—.`). `«…», dijo el ministro`,
 * `según X`, `X afirmó: «…»`.
 */
const CUE_VERBS = wordSet(
  verbForms(
    "es",
    "declar afirm explic agreg señal asegur indic subray destac apunt insist advert manifest coment " +
      "contest pregunt anunci denunci critic lament conclu record precis tuite reiter expres alert " +
      "admit reconoc matiz zanj remach asever apostill reclam exclam confes relat narr conden",
    "dijo dice dicen dijeron dicho decir añadió añade añaden añadieron añadido sostuvo sostiene " +
      "sostienen advirtió advierte reconoció reconoce admitió admite escribió escribe escrito " +
      "respondió responde concluyó concluye pidió pide insistió insiste manifestó",
  ),
);

export const SPANISH: LanguageRules = {
  code: "es",
  pairs: [
    ["«", "»"],
    ["“", "”"],
    ['"', '"'],
    ["‘", "’"],
  ],
  cueVerbs: CUE_VERBS,
  accordingTo: wordSet("según"),
  trailerWords: wordSet(),
  reportedMood: wordSet(),
  opinionNouns: wordSet(),
  particles: wordSet(),
  pronouns: wordSet("él ella ellos ellas yo nosotros"),
  functionWords: wordSet(spa, "pero también según además luego entonces ya aún todavía"),
  determiners: wordSet("el la los las un una unos unas este esta estos estas su sus nuestro nuestra"),
  prepositions: wordSet("a al de del en con por para sin sobre entre desde hasta tras ante bajo durante"),
  finiteAuxiliaries: wordSet("ha han había habían"),
  auxiliaries: wordSet("ha han había habían habría se le les también ya"),
  titleNouns: wordSet(
    "diario periódico revista semanario cadena radio agencia película libro novela disco canción título",
    "lema proyecto operación programa campaña serie organización asociación categoría modelo marca",
    "nombre palabra estudio informe ley partido empresa sitio festival premio",
  ),
  labelWords: wordSet("llamado llamada llamados llamadas denominado denominada apodado apodada"),
  namingWords: wordSet("como calificó"),
  personalWords: wordSet("yo nosotros nosotras me nos mi mis nuestro nuestra nuestros usted ustedes"),
  clauseWords: wordSet(
    "es son era eran fue fueron ha han había será serán puede pueden debe deben hay va van tiene tienen",
    "estoy estamos soy somos he hemos",
  ),
  abbreviations: wordSet("sr sra srta dr dra etc ee uu st"),
  dialogueDash: true,
};
