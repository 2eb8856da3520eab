import { fra } from "stopword";
import { verbForms } from "./romance";
import { wordSet, type LanguageRules } from "./types";

/**
 * French: « … » (with a space inside the marks), “…” and "…"; dialogue dashes. `« … », a déclaré le ministre`,
 * `a-t-il ajouté`, `selon X`, `X a déclaré : « … »`.
 */
const CUE_VERBS = wordSet(
  verbForms(
    "fr",
    "déclar affirm expliqu ajout soulign estim indiqu précis assur confi lanc annonc insist rappel " +
      "regrett dénonc avert reconn admett racont témoign résum jug not observ relev confirm dément plaid " +
      "demand interrog tweet comment martel déplor protest réclam prévien poursuiv concl analys " +
      "détaill insist tranch ironis s'exclam exclam lâch glis souffl confess avou répét jur menac promett",
    "dit disent dire a répond répondu répondent reconnaît reconnu admet admis écrit écrivent écrire " +
      "poursuit poursuivi conclut conclu prévient prévenu promet promis avertit averti souligne affirme " +
      "explique-t-il explique-t-elle ajoute-t-il ajoute-t-elle",
  ),
);

export const FRENCH: LanguageRules = {
  code: "fr",
  pairs: [
    ["«", "»"],
    ["“", "”"],
    ['"', '"'],
    ["‹", "›"],
  ],
  cueVerbs: CUE_VERBS,
  accordingTo: wordSet("selon d'après"),
  trailerWords: wordSet(),
  reportedMood: wordSet(),
  opinionNouns: wordSet(),
  particles: wordSet(),
  pronouns: wordSet("il elle ils elles je nous on"),
  functionWords: wordSet(fra, "mais aussi selon d'après ainsi alors puis ensuite enfin déjà encore"),
  determiners: wordSet("le la les l' un une des du ce cet cette ces son sa ses leur leurs notre"),
  prepositions: wordSet("à au aux dans en sur sous par pour avec sans chez vers contre lors depuis de"),
  finiteAuxiliaries: wordSet("a ont avait avaient"),
  auxiliaries: wordSet("a ont avait avaient aura est sont était se s' lui leur aussi encore déjà"),
  titleNouns: wordSet(
    "journal quotidien hebdomadaire magazine revue chaîne radio agence film livre roman album chanson titre",
    "slogan projet opération programme campagne émission série organisation association catégorie",
    "modèle marque nom mot étude rapport loi parti société entreprise site festival prix",
  ),
  labelWords: wordSet(
    "dit dite dits dites surnommé surnommée baptisé baptisée intitulé intitulée appelé appelée",
  ),
  namingWords: wordSet("comme qualifié qualifiée"),
  personalWords: wordSet("je j' nous me moi notre nos mon ma mes vous votre vos"),
  clauseWords: wordSet(
    "est sont était étaient a ont avait avaient sera seront peut peuvent doit doivent faut va vont fait",
    "suis sommes ai avons",
  ),
  abbreviations: wordSet("m mm mme mmes dr pr st ste etc cf p n°"),
  dialogueDash: true,
};
