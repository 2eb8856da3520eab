import { describe, expect, it } from "vitest";
import { GERMAN } from "./de";
import { germanSubject } from "./german-clause";
import { findQuotations } from "../find-quotations";
import { readQuotes } from "./attribute";

/** The subject germanSubject finds in the text before the colon, as written. */
function subjectOf(sentence: string): string | null {
  const to = sentence.indexOf(":");
  const found = germanSubject(sentence, 0, to < 0 ? sentence.length : to, GERMAN);
  return found ? sentence.slice(found.start, found.end) : null;
}

describe("the subject of a German clause by its word order", () => {
  it("takes the noun phrase before the verb, not the object after it", () => {
    expect(subjectOf("Die deutsche Bundesregierung bezeichnete den Gipfel als das größte Ereignis:")).toBe(
      "Die deutsche Bundesregierung",
    );
    expect(
      subjectOf("Medienvertreter der kritischen Öffentlichkeit bezeichneten jedoch das Auftreten:"),
    ).toBe("Medienvertreter");
  });

  it("takes the noun phrase after the verb when an adverb or a prepositional phrase comes first", () => {
    expect(subjectOf("Als Begründung sagte ein Wissenschaftler:")).toBe("ein Wissenschaftler");
    expect(subjectOf("In der ARD zeigt sich der Bundestrainer zufrieden:")).toBe("der Bundestrainer");
    expect(subjectOf("Am heutigen Montag äußerte sich Vatikansprecher Navarro-Valls dazu:")).toBe(
      "Vatikansprecher Navarro-Valls",
    );
    expect(subjectOf("Ursprünglich wollte er ein Konzept vorlegen:")).toBe("er");
  });

  it("skips dative and accusative noun phrases after the verb", () => {
    expect(subjectOf("Den verbliebenen Flüchtlingen sicherte Präsident Gusmão zu:")).toBe("Präsident Gusmão");
  });

  it("takes a pronoun right after the verb over a fronted object", () => {
    expect(subjectOf("Das ägyptische Angebot, Verwundete zu behandeln, lehnt er jedoch ab:")).toBe("er");
  });

  it("reads past a subordinate clause and a relative clause before the verb", () => {
    expect(subjectOf("Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief:")).toBe(
      "der Randalierer",
    );
    expect(
      subjectOf("Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte den Platzverweis:"),
    ).toBe("Miroslav Klose");
  });

  it("names the source of a framing `wie` clause", () => {
    expect(
      subjectOf("Wie ein Vertreter des Konzerns heute mitteilte, wurde das Unternehmen ausgewählt:"),
    ).toBe("ein Vertreter");
  });

  it("finds none without a finite verb", () => {
    expect(subjectOf("Die Regierung:")).toBeNull();
  });
});

const NEWS =
  "Die Bundesregierung hat am Montag in Berlin neue Pläne für den Ausbau der Stromnetze vorgestellt. " +
  "Die Kosten sollen in den kommenden Jahren deutlich steigen, wie aus einem Bericht hervorgeht.";

function speakersOf(body: string): (string | null)[] {
  return findQuotations(body).map((q) => q.speaker);
}

describe("German speakers beyond the quote's own sentence", () => {
  it("gives reported speech to whoever a speech verb named before, quote or not", () => {
    const body =
      `${NEWS}\n\nDie Hausverwaltung versicherte, dass die Gedenktafel noch existiere. ` +
      "Eine „offene architektonische Frage der Verwaltung“ sei der Grund für die verzögerte Wiederanbringung.";
    expect(speakersOf(body)).toEqual(["Die Hausverwaltung"]);
  });

  it("gives a `dass` clause's quote to the subject of the clause before it", () => {
    const body = `${NEWS}\n\nSeit August vertritt er die These, dass die Reform „in der Partei angelegt war und bleibt“.`;
    expect(speakersOf(body)).toEqual(["er"]);
  });

  it("gives a quote after a framing `wie` clause to that clause's subject", () => {
    const body = `${NEWS}\n\nWie der Vorsitzende Richter ausführte, hätte es durch die Anschläge „ein ungeheures Blutbad gegeben“.`;
    expect(speakersOf(body)).toEqual(["der Vorsitzende Richter"]);
  });
});

describe("German trailers", () => {
  it("takes who is quoted, not who quotes, after `zitiert`, and a name in marks as a phrase", () => {
    const body = `${NEWS}\n\n„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Lynch in einem Bericht.`;
    expect(speakersOf(body)).toEqual(["Lynch"]);
  });

  it("reads `so X` at the start of a later comma segment after the quote", () => {
    const body = `${NEWS}\n\nDer Iran müsse „vollständig und nachweislich den Prozess“ beenden, so Rice.`;
    expect(speakersOf(body)).toEqual(["Rice"]);
  });
});

describe("German speech verbs", () => {
  it("reads verbs of judging as cues: `würdigte`, `verurteilte`", () => {
    const body = `${NEWS}\n\nDer Kanzler würdigte den Verstorbenen als „großen Europäer, der uns allen fehlen wird“.`;
    const paragraph = { start: NEWS.length + 2, end: body.length };
    expect(readQuotes(body, [paragraph], GERMAN).map((r) => r.reading.cue?.text)).toEqual(["würdigte"]);
  });
});

describe("German cue subjects", () => {
  function cueSpeakers(text: string): (string | null)[] {
    const body = `${NEWS}\n\n${text}`;
    const paragraph = { start: NEWS.length + 2, end: body.length };
    return readQuotes(body, [paragraph], GERMAN).map((r) =>
      r.reading.speaker ? body.slice(r.reading.speaker.start, r.reading.speaker.end) : null,
    );
  }

  it("takes who `zitierte` quotes, and reads past a quoted name in the clause", () => {
    expect(
      cueSpeakers("Ein Fernsehsender zitierte Papandreou mit den Worten: „Ich klebe nicht an meinem Stuhl.“"),
    ).toEqual(["Papandreou"]);
    expect(
      cueSpeakers(
        "Der Fraktionschef, Volker Ratzmann, wird von der „Netzeitung“ mit den Worten zitiert: „Das wird ihm nachhängen.“",
      ),
    ).toEqual(["den Worten", "Der Fraktionschef"]);
  });

  it("takes no capitalised adverb for a subject, and ends a sentence at a number before an article", () => {
    expect(
      cueSpeakers(
        "Offenbar gab Wagner dem Druck nach und bat um Rücknahme: „Ich bin zu dem Entschluss gekommen.“",
      ),
    ).toEqual(["Wagner"]);
    expect(
      cueSpeakers(
        "Das betrifft die Auslieferung des Modells 3. Ein Sprecher von Tesla teilte mit: „Jeder soll fair bezahlt werden.“",
      ),
    ).toEqual(["Ein Sprecher von Tesla"]);
  });
});

describe("German quotes opening a sentence", () => {
  it("go on with a speaker a speech verb named since the last quote", () => {
    const body =
      `${NEWS}\n\n„Wir lehnen das ab“, sagte der Finanzminister Hartmut Möllring. ` +
      "Auch der Ministerpräsident Christian Wulff erklärte am Montag seine Haltung zu der Frage. " +
      "„Es ist nur eine gutachterliche Stellungnahme, mehr nicht.“";
    expect(speakersOf(body)).toEqual([
      "der Finanzminister Hartmut Möllring",
      "der Ministerpräsident Christian Wulff",
    ]);
  });
});

describe("German `so X` before a quote", () => {
  it("takes the source between commas or before a colon", () => {
    const body = `${NEWS}\n\nAuch diese Uninformiertheit habe Methode, so Elshorst weiter: „Das ist auch in anderen Firmen üblich.“`;
    expect(speakersOf(body)).toEqual(["Elshorst"]);
  });
});

describe("German reported speech", () => {
  it("knows Konjunktiv I beyond `sei` and `habe`: `zeige`, `bestehe`", () => {
    const body =
      `${NEWS}\n\nDie Ministerin verteidigte am Montag die Gebühren. ` +
      "Die Studie zeige in Wahrheit, „dass die Gebühren kaum vom Studium abschrecken“.";
    expect(speakersOf(body)).toEqual(["Die Ministerin"]);
  });
});
