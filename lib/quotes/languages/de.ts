import { deu } from "stopword";
import { wordSet, type LanguageRules } from "./types";

/**
 * German: „…“ (the opening mark low, the closing one the English opening glyph), »…« and the Swiss «…»; ‚…‘ for a
 * quote within a quote. Speech verbs in the forms news copy uses (present, past, participle), speaker after the
 * verb as often as before it (`„…“, sagte der Minister`, `Am Montag erklärte Merkel: „…“`) and `„…“, so Merkel`.
 */

/** Forms of a weak verb from its stem: sag → sagt sagen sagte sagten gesagt sage. */
function weak(stem: string, participlePrefix = "ge"): string[] {
  const e = /(?:[td]|[^aeioulr]n|chn|gn|ffn|tm)$/.test(stem) ? "e" : "";
  return [
    `${stem}${e}t`,
    `${stem}en`,
    `${stem}e`,
    `${stem}${e}te`,
    `${stem}${e}ten`,
    `${participlePrefix}${stem}${e}t`,
  ];
}

const WEAK_STEMS =
  "sag sag antwort äußer bericht beton behaupt bekräftig beklag bemängel bestätig betracht bezeichn " +
  "bilanzier dementier ergänz erklär erläuter erinner fürcht befürcht forder frag glaub hoff kommentier " +
  "kritisier lob mahn mein mutmaß pranger prophezei resümier schilder skandier twitter unterstreich " +
  "urteil versicher verkünd vermut warn wünsch zitier konstatier appellier argumentier begründ " +
  "beschwer dank droh folger kündig freu lach post rechtfertig reagier spekulier verteidig verweis " +
  "zweifel bezweifel räum füg stell teil merk klag drück entgegn würdig verurteil begrüß bedauer attackier " +
  "verlang protestier meld notier bemerk gratulier vernein bejah schwärm jubel bilanzier schätz";

/** Verbs whose participle takes no ge-: prefixed (be-, er-, ver-…) or ending in -ieren. */
function participleOf(stem: string): string {
  return /^(?:be|er|ver|zer|ent|emp|ge|miss|über|unter|wider|hinter)/.test(stem) || /ier$/.test(stem)
    ? ""
    : "ge";
}

const STRONG_FORMS = `
  spricht sprechen sprach sprachen gesprochen
  schreibt schreiben schrieb schrieben geschrieben
  nennt nennen nannte nannten genannt
  ruft rufen rief riefen gerufen
  heißt hieß
  lautet lautete lauten lauteten
  meint meinte meinten gemeint
  sieht sah sehen sahen
  weiß wusste
  denkt dachte
  gibt gab geben gaben gegeben
  hält hielt halten hielten gehalten
  bringt brachte
  lässt ließ
  schließt schloss
  unterstreicht unterstrich
  widerspricht widersprach
  verspricht versprach versprochen
  beschreibt beschrieb beschrieben
  rät riet geraten
  wirft warf
  weist wies gewiesen verweist verwies
  streicht strich
  zieht zog
  stellt stellte gestellt
  führt führte
  teilt teilte mitgeteilt
  fügt fügte hinzugefügt
  räumt räumte eingeräumt
  merkt merkte angemerkt
  kündigt kündigte angekündigt
  gesteht gestand gestanden
  beteuert beteuerte
  schimpft schimpfte
  fordert forderte gefordert
  zitiert zitierte zitiert
  verkündet verkündete
  erzählt erzählte erzählten erzählt
  ergänzt ergänzte
  resümiert resümierte
  sagten sagt
  empfiehlt empfahl empfohlen bestreitet bestritt bestritten befand befindet
  mitteilte mitteilten hinzufügte hinzufügten ausführte ausführten einräumte feststellte klarstellte
`;

const CUE_VERBS = new Set<string>();
for (const stem of WEAK_STEMS.split(/\s+/).filter(Boolean)) {
  for (const form of weak(stem, participleOf(stem))) CUE_VERBS.add(form);
}
for (const form of STRONG_FORMS.split(/\s+/).filter(Boolean)) CUE_VERBS.add(form);

export const GERMAN: LanguageRules = {
  code: "de",
  pairs: [
    ["„", '“”"'],
    ["»", "«"],
    ["«", "»"],
    ["“", "”"],
    ['"', '"'],
    ["‚", "‘’"],
    ["›", "‹"],
  ],
  cueVerbs: CUE_VERBS,
  accordingTo: wordSet("laut zufolge gemäß"),
  trailerWords: wordSet("so"),
  reportedMood: wordSet(
    "sei seien habe gebe werde könne müsse solle wolle dürfe hätte hätten wäre wären",
    "stehe gehe komme liege bleibe brauche wisse lasse mache führe fehle gelte trage sehe halte bestehe zeige",
  ),
  opinionNouns: wordSet(
    "angaben ansicht meinung worten einschätzung auffassung bewertung aussage aussagen auskunft darstellung",
    "darstellungen ansichten einschätzungen ankündigung informationen",
  ),
  particles: wordSet("hinzu mit fest an aus ein bekannt zu vor heraus hervor"),
  pronouns: wordSet("er sie ich wir man"),
  functionWords: wordSet(
    deu,
    "dort dazu deshalb daher jetzt nun heute gestern morgen zudem außerdem ebenfalls bereits jedoch auch",
    "relativierend zuletzt schließlich damals später zuvor inzwischen allerdings dabei darin darauf dann",
    "seit während nachdem bevor weil obwohl wenn als wie so laut zufolge gemäß nach",
  ),
  determiners: wordSet(
    "der die das den dem des ein eine einer eines einem einen sein seine seiner seinem seinen ihr ihre",
    "ihrer ihrem ihren unser unsere dieser diese dieses diesem diesen jener jene",
  ),
  prepositions: wordSet(
    "am im in an auf aus bei mit nach von vom zu zum zur vor über unter für gegen ohne um durch seit",
    "während wegen trotz hinter neben zwischen beim ins ans aufs angesichts gegenüber seitens dank",
  ),
  auxiliaries: wordSet(
    "hat habe hatte hatten haben ist war sei wurde wird werde auch aber jedoch noch sich dazu zudem weiter",
    "ebenfalls bereits außerdem nun dann damals hingegen indes allerdings erneut weiterhin schon später",
  ),
  finiteAuxiliaries: wordSet("hat hatte haben hatten ist war sind waren wird wurde werden wurden"),
  titleNouns: wordSet(
    "zeitung zeitschrift magazin nachrichtenmagazin tageszeitung wochenzeitung blatt fachblatt sender",
    "fernsehsender nachrichtenagentur agentur film kinofilm buch roman album lied song titel motto",
    "slogan projekt operation programm kampagne sendung show serie aktion organisation initiative",
    "kategorie modell marke name namen begriff wort stichwort studie bericht gesetz verein band gruppe",
    "partei firma unternehmen webseite website seite portal plattform festival preis auszeichnung",
    "schiff mission rakete satellit",
  ),
  labelWords: wordSet("sogenannte sogenannten sogenannter sogenanntes genannt genannte namens"),
  namingWords: wordSet("als"),
  personalWords: wordSet("ich wir mich mir uns unser unsere unseren unserer mein meine meinen du sie ihnen"),
  clauseWords: wordSet(
    "ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte muss müssen",
    "soll sollen sollte will wollen wollte darf dürfen gibt geht habe bin sei wäre würde würden",
  ),
  abbreviations: wordSet(
    "dr prof nr st ca bzw usw vgl z b u a o ä d h i e s mio mrd jh jhd abs art bd hrsg inkl evtl ggf",
    "sog etc str tel u.a z.b d.h jan feb apr aug sept okt nov dez",
  ),
  dialogueDash: false,
};
