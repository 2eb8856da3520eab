/** A direct quotation found in a body text, with whoever the text says spoke it. */
export interface Quotation {
  /** === body.slice(start, end): the quoted words without the enclosing quote marks. */
  text: string;
  start: number;
  end: number;
  /** The speaker's name as fully as the text gives it ("Vladimir Putin" for a later "Putin" or "he"). */
  speaker: string | null;
  /** The mention in the body that attributes this quote: a name, a role ("The US president") or a pronoun. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /**
   * What the text says the speaker is, apart from the name: "House Speaker", "a spokesperson for the vice
   * president", or the document a quote is read from ("the indictment"). Context only, never part of the name.
   */
  role: string | null;
  /** Where the shown name is written (the antecedent of "he", or the name itself): the name's evidence. */
  nameStart: number | null;
  nameEnd: number | null;
  /** The attribution verb or phrase as written, lower-cased: "said", "told", "according to", "writing". */
  cue: string | null;
  /** "partial": a fragment quoted inside the writer's own sentence (he called it "a victory"). */
  kind: "direct" | "partial";
}
