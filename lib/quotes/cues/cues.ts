/**
 * Speech and writing verbs that introduce a quotation, in every inflection we meet in news copy. Forms are listed
 * rather than derived: English inflection has enough exceptions that a table is shorter than the rules.
 */
const CUE_VERBS: readonly string[] = [
  "say says said saying",
  "tell tells told telling",
  "add adds added adding",
  "warn warns warned warning",
  "claim claims claimed claiming",
  "write writes wrote writing written",
  "tweet tweets tweeted tweeting",
  "retweet retweets retweeted retweeting",
  "post posts posted posting",
  "state states stated stating",
  "explain explains explained explaining",
  "note notes noted noting",
  "insist insists insisted insisting",
  "argue argues argued arguing",
  "ask asks asked asking",
  "reply replies replied replying",
  "respond responds responded responding",
  "declare declares declared declaring",
  "announce announces announced announcing",
  "continue continues continued continuing",
  "recall recalls recalled recalling",
  "acknowledge acknowledges acknowledged acknowledging",
  "admit admits admitted admitting",
  "suggest suggests suggested suggesting",
  "urge urges urged urging",
  "predict predicts predicted predicting",
  "vow vows vowed vowing",
  "promise promises promised promising",
  "complain complains complained complaining",
  "joke jokes joked joking",
  "observe observes observed observing",
  "remark remarks remarked remarking",
  "conclude concludes concluded concluding",
  "describe describes described describing",
  "call calls called calling",
  "accuse accuses accused accusing",
  "charge charges charged charging",
  "contend contends contended contending",
  "assert asserts asserted asserting",
  "maintain maintains maintained maintaining",
  "stress stresses stressed stressing",
  "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
  "testify testifies testified testifying",
  "concede concedes conceded conceding",
  "boast boasts boasted boasting",
  "brag brags bragged bragging",
  "lament laments lamented lamenting",
  "caution cautions cautioned cautioning",
  "threaten threatens threatened threatening",
  "pledge pledges pledged pledging",
  "demand demands demanded demanding",
  "shout shouts shouted shouting",
  "yell yells yelled yelling",
  "scream screams screamed screaming",
  "whisper whispers whispered whispering",
  "mutter mutters muttered muttering",
  "chant chants chanted chanting",
  "sing sings sang singing sung",
  "counter counters countered countering",
  "retort retorts retorted retorting",
  "exclaim exclaims exclaimed exclaiming",
  "plead pleads pleaded pleading",
  "report reports reported reporting",
  "confirm confirms confirmed confirming",
  "deny denies denied denying",
  "reveal reveals revealed revealing",
  "tout touts touted touting",
  "mock mocks mocked mocking",
  "muse muses mused musing",
  "wonder wonders wondered wondering",
  "reiterate reiterates reiterated reiterating",
  "recount recounts recounted recounting",
  "inform informs informed informing",
  "agree agrees agreed agreeing",
  "proclaim proclaims proclaimed proclaiming",
  "echo echoes echoed echoing",
  "label labels labeled labelled labeling labelling",
  "dub dubs dubbed dubbing",
  "brand brands branded branding",
  "term terms termed terming",
  "characterize characterizes characterized characterizing characterise characterises characterised characterising",
  "quote quotes quoted quoting",
  "cite cites cited citing",
  "read reads reading",
  "speak speaks spoke speaking",
  "begin begins began beginning",
  "blast blasts blasted blasting",
  "slam slams slammed slamming",
  "criticize criticizes criticized criticizing criticise criticises criticised criticising",
  "thunder thunders thundered thundering",
  "laugh laughs laughed laughing",
  "sigh sighs sighed sighing",
  "interject interjects interjected interjecting",
  "reason reasons reasoned reasoning",
  "encourage encourages encouraged encouraging",
  "praise praises praised praising",
  "hail hails hailed hailing",
  "scold scolds scolded scolding",
  "liken likens likened likening",
  "compare compares compared comparing",
  "dismiss dismisses dismissed dismissing",
  "denounce denounces denounced denouncing",
  "condemn condemns condemned condemning",
  "decry decries decried decrying",
  "blame blames blamed blaming",
  "refer refers referred referring",
  "think thinks thought thinking",
  "believe believes believed believing",
  "feel feels felt feeling",
  "hope hopes hoped hoping",
  "fear fears feared fearing",
  "expect expects expected expecting",
  "comment comments commented commenting",
  "assure assures assured assuring",
  "answer answers answered answering",
  "thank thanks thanked thanking",
  "credit credits credited crediting",
  "bemoan bemoans bemoaned bemoaning",
  "bark barks barked barking",
  "email emails emailed emailing e-mail e-mails e-mailed",
  "pronounce pronounces pronounced pronouncing",
  "imply implies implied implying",
  "indicate indicates indicated indicating",
  "confess confesses confessed confessing",
  "grouse grouses groused grousing",
  "boom booms boomed",
  "herald heralds heralded heralding",
  "applaud applauds applauded applauding",
  "allege alleges alleged alleging",
  "exhort exhorts exhorted exhorting",
  "chide chides chided chiding",
  "portray portrays portrayed portraying",
  "insinuate insinuates insinuated insinuating",
  "rail rails railed railing",
  "quip quips quipped quipping",
  "wrap wraps wrapped",
  "fire fires fired",
  "shoot shoots shot",
  "highlight highlights highlighted highlighting",
  "ponder ponders pondered pondering",
  "beam beams beamed",
  "gush gushes gushed gushing",
  "rave raves raved raving",
  "tease teases teased teasing",
  "taunt taunts taunted taunting",
  "snap snaps snapped snapping",
  "fume fumes fumed fuming",
  "rant rants ranted ranting",
  "vent vents vented venting",
  "pointed",
  "put puts putting",
];

/** Cues that take the quotation as a label of something ("called it 'a disaster'"): a partial quote follows. */
const NAMING_CUES = new Set([
  "call",
  "describe",
  "label",
  "dub",
  "brand",
  "term",
  "characterize",
  "characterise",
  "quote",
  "cite",
  "mock",
  "blast",
  "slam",
  "criticize",
  "criticise",
  "accuse",
  "charge",
]);

const LEMMA_OF = new Map<string, string>();
for (const line of CUE_VERBS) {
  const forms = line.split(" ");
  const lemma = forms[0] ?? "";
  for (const form of forms) LEMMA_OF.set(form, lemma);
}

/** The lemma of a cue verb form ("told" → "tell"), or null when the word is not a cue. */
export function cueLemma(word: string): string | null {
  return LEMMA_OF.get(word.toLowerCase()) ?? null;
}

export function isNamingCue(lemma: string): boolean {
  return NAMING_CUES.has(lemma);
}

/** A cue found in text: its offsets, the words as written and its lemma. */
export interface CueMatch {
  start: number;
  end: number;
  text: string;
  lemma: string;
}

// A verb used as a noun or adjective is no cue: "the so-called", "a said", "his statement".
// A letter-class lookbehind, not \b: \b is ASCII-only, so "García said" would read as "a said".
const BLOCKED_BEFORE = /(?:so-|(?<![\p{L}\p{N}])(?:the|a|an|his|her|their|its|our|my|your)\s)$/iu;
// "The plan was called a 'win-win'": a passive verb's subject is what was spoken of, not who spoke.
const PASSIVE_BEFORE = /\b(?:is|was|were|are|be|been|being)\s+(?:\p{Ll}+ly\s+|also\s+|often\s+)?$/iu;
// "put it", "pointed out", "went on": cues only together with their particle.
const NEEDS_PARTICLE: Record<string, RegExp> = {
  put: /^\s+it\b/i,
  puts: /^\s+it\b/i,
  putting: /^\s+it\b/i,
  pointed: /^\s+out\b/i,
  wrap: /^\s+up\b/i,
  wraps: /^\s+up\b/i,
  wrapped: /^\s+up\b/i,
  fire: /^\s+back\b/i,
  fires: /^\s+back\b/i,
  fired: /^\s+back\b/i,
  shoot: /^\s+back\b/i,
  shoots: /^\s+back\b/i,
  shot: /^\s+back\b/i,
};

// "filed a tort claim", "a new report": a singular indefinite phrase would take "claims", so its base form is a noun.
// (After a possessive a noun cue still attributes: annotators mark `Trump's claim that "…"` as Trump's.)
const INDEFINITE_BEFORE = /(?<![\p{L}\p{N}])(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,2}$/u;

/** Every cue in body[from, to), in order; "according to" included. */
export function findCues(body: string, from: number, to: number): CueMatch[] {
  const found: CueMatch[] = [];
  const text = body.slice(from, to);
  const re = /according to|[\p{L}]+(?:-[\p{L}]+)?/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (lower === "according to") {
      found.push({
        start: from + m.index,
        end: from + m.index + word.length,
        text: lower,
        lemma: "according to",
      });
      continue;
    }
    const lemma = cueLemma(lower);
    if (lemma === null) continue;
    // Capitalised, a cue word is a headline's ("Christie Calls Clinton 'A Disgrace'") or opens a sentence.
    if (word !== lower) continue;
    if (BLOCKED_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (
      PASSIVE_BEFORE.test(body.slice(Math.max(0, from + m.index - 24), from + m.index)) &&
      !lower.endsWith("ing")
    )
      continue;
    if (lower === lemma && INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const particle = NEEDS_PARTICLE[lower];
    if (particle && !particle.test(text.slice(m.index + word.length))) continue;
    found.push({ start: from + m.index, end: from + m.index + word.length, text: lower, lemma });
  }
  return found;
}
