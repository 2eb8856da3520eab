import { por } from "stopword";
import { verbForms } from "./romance";
import { wordSet, type LanguageRules } from "./types";

/** Portuguese: «…» (Portugal), “…” and "…" (Brazil); dialogue dashes. `«…», disse o ministro`, `segundo X`. */
const CUE_VERBS = wordSet(
  verbForms(
    "pt",
    "afirm declar explic acrescent adiant sublinh salient destac garant assegur indic apont coment " +
      "question anunci denunci critic lament reclam insist conclu confirm avis alert observ contest " +
      "reforç ressalt confess desabaf exclam relat narr ironiz tuit",
    "disse diz dizem disseram dito dizer referiu refere referem referido respondeu responde " +
      "responderam escreveu escreve escrito admitiu admite reconheceu reconhece concluiu conclui " +
      "pediu pede defendeu defende sustentou advertiu adverte",
  ),
);

export const PORTUGUESE: LanguageRules = {
  code: "pt",
  pairs: [
    ["«", "»"],
    ["“", "”"],
    ['"', '"'],
  ],
  cueVerbs: CUE_VERBS,
  accordingTo: wordSet("segundo conforme"),
  trailerWords: wordSet(),
  reportedMood: wordSet(),
  opinionNouns: wordSet(),
  particles: wordSet(),
  pronouns: wordSet("ele ela eles elas eu nós"),
  functionWords: wordSet(por, "mas também segundo conforme além depois então já ainda"),
  determiners: wordSet("o a os as um uma uns umas este esta estes estas seu sua seus suas nosso nossa"),
  prepositions: wordSet(
    "a ao à aos às de do da dos das em no na nos nas com por pelo pela para sem sobre entre",
  ),
  finiteAuxiliaries: wordSet("tem têm tinha tinham"),
  auxiliaries: wordSet("tem têm tinha tinham havia é foi se lhe lhes também já"),
  titleNouns: wordSet(
    "jornal diário semanário revista canal rádio agência filme livro romance álbum canção título",
    "lema projeto projecto operação programa campanha série organização associação categoria modelo",
    "marca nome palavra estudo relatório lei partido empresa site festival prémio prêmio",
  ),
  labelWords: wordSet("chamado chamada chamados chamadas denominado denominada apelidado apelidada"),
  namingWords: wordSet("como classificou"),
  personalWords: wordSet("eu nós me nos meu minha meus nosso nossa nossos você vocês"),
  clauseWords: wordSet(
    "é são era eram foi foram tem têm tinha será serão pode podem deve devem há vai vão estou estamos sou somos",
  ),
  abbreviations: wordSet("sr sra dr dra prof etc st"),
  dialogueDash: true,
};
