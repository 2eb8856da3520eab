/** Word lists for telling people apart from places and organisations, and titles from names. */

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Titles and roles written before a name ("Kremlin spokesperson", "Russian President"); never part of it. */
export const NAME_PREFIXES = setOf(`
  president vice prime minister chancellor secretary senator sen rep representative gov governor mr mrs ms miss
  mx dr prof professor gen general col colonel lt lieutenant sgt sergeant capt captain adm admiral maj major judge
  justice pope king queen prince princess lord lady sir dame mayor speaker chairman chairwoman chair chief director
  leader ambassador attorney foreign defence defense state spokesman spokeswoman spokesperson commissioner candidate
  nominee host coach rev reverend sheriff officer agent ceo press deputy acting senior former ex first emperor
  ayatollah sheikh crown supreme federal minority majority house senate congressman congresswoman councilman
  councilwoman councillor assemblyman assemblywoman founder chairperson executive finance interior health labor
  labour trade economy home foreign-affairs commerce treasury education energy transport justice
  american us u.s russian french british german chinese ukrainian indian israeli iranian japanese korean north south
  italian spanish canadian mexican turkish syrian saudi polish european australian brazilian irish scottish welsh
  english dutch belgian swiss swedish danish norwegian finnish hungarian greek egyptian palestinian lebanese
  pakistani afghan iraqi jordanian nigerian kenyan venezuelan cuban argentine argentinian chilean colombian
  democratic democrat republican gop libertarian green labour tory conservative liberal kremlin white counsel
`);

/** Words that make a capitalised run an organisation, place, event or work rather than a person. */
export const NON_PERSON_WORDS = setOf(`
  house forum social party committee department university news times post street council union economic coalition
  memorandum court senate congress republicans democrats campaign foundation institute center centre agency service
  bank group inc corp company association administration office ministry army force forces navy journal network
  media television tv radio review magazine daily weekly organization organisation federation alliance fund trust
  board commission authority police guard security assembly parliament cabinet embassy hospital school college
  airport station square park bridge road avenue tower hall church palace summit conference games cup league club
  act bill law treaty agreement accord day week month year january february march april may june july august
  september october november december monday tuesday wednesday thursday friday saturday sunday states kingdom
  republic nations korea america africa europe asia east west north south sea ocean river island islands mountain
  valley city county province region tribune herald gazette channel studio festival award awards prize project
  program programme initiative plan strategy index survey poll report affairs relations studies research
  laboratory lab museum library gallery theatre theater stadium arena hotel restaurant cafe market exchange
  street wall street capitol pentagon kremlin downing whitehall union european world global international
  national united royal olympic christmas easter ramadan god
`);

/**
 * Heads of an organisation's name that an "of" or "for" phrase completes ("Friends of the Earth", "Congregation for
 * the Doctrine of the Faith", "Department of Justice"): the institution words above, and a few more.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  ...NON_PERSON_WORDS,
  ...setOf(`congregation society friends bureau guild brotherhood sisterhood daughters sons knights citizens
  veterans parents doctors physicians mothers fathers secretariat directorate division unit centers centres
  departments committees councils associations unions agencies services`),
]);

/** Capitalised words that start sentences but never names. */
export const CAPITALISED_FUNCTION_WORDS = setOf(`
  the a an and but or so yet for nor in on at by to of from with without into onto about after before during
  despite however meanwhile unsurprisingly still also then now today yesterday tomorrow here there this that these
  those it its he she they we i you his her their our my your him them us me who what when where why how which
  while if as although though because since until unless whether not no yes all some many most more few several
  each every one two three four five six seven eight nine ten both either neither speaking asked writing according
  said says told but instead indeed moreover furthermore nevertheless nonetheless later earlier last next new
  mr mrs ms dr
`);

/**
 * Heads of a noun phrase that can only be a person ("the Russian leader", "a spokesman"), and their regular plurals
 * ("federal prosecutors wrote", "analysts say").
 */
const ROLE_NOUNS = setOf(`
  president leader spokesman spokeswoman spokesperson minister secretary governor senator candidate nominee chairman
  chairwoman director adviser advisor aide official officials businessman businesswoman mogul chancellor premier
  king queen prince princess ambassador envoy general commander mayor congressman congresswoman lawmaker lawmakers
  representative judge justice attorney lawyer prosecutor investigator analyst expert economist historian professor
  scientist doctor physician activist strategist pollster campaigner manager chief founder owner executive ceo
  host anchor reporter journalist writer author columnist correspondent editor commentator critic critics
  supporter supporters voter voters resident residents witness witnesses source sources insider insiders
  spokesperson negotiator diplomat diplomats officer officers soldier soldiers veteran veterans student students
  teacher father mother son daughter wife husband brother sister man woman men women boy girl mom dad friend
  speaker member members colleague colleagues counterpart pope emperor dictator strongman rival rivals opponent
  opponents challenger incumbent frontrunner front-runner democrat democrats republican republicans conservative
  liberal liberals narrator co-founder chair ex-leader
`);
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...[...ROLE_NOUNS].filter((w) => !/(?:s|man)$/.test(w)).map((w) => `${w}s`),
]);

export const PRONOUNS = setOf("he she they it we i");
