import { JOE_BODY, JOE_HEADLINE, OTHER_BODY } from "../../compare/__fixtures__/seed-articles";
import type { ClusterDocument } from "../types";

/** JOE's report of Putin's Vladivostok warning, with its headline. */
export const JOE_DOC: ClusterDocument = {
  id: "seed-joe",
  title: JOE_HEADLINE,
  text: JOE_BODY,
  publishedAt: "2025-09-05T09:00:00Z",
  language: "en",
};

/** The second outlet's report of the same event: no headline and no date of its own. */
export const OTHER_DOC: ClusterDocument = {
  id: "seed-002",
  title: "",
  text: OTHER_BODY,
  publishedAt: null,
  language: "en",
};

/** A clearly unrelated story from the same week (written for these tests). */
export const FUNICULAR_DOC: ClusterDocument = {
  id: "lisbon-funicular",
  title: "Three British nationals among those dead in Lisbon funicular crash, police say",
  text: [
    "Three British nationals were among the 16 people killed when the Gloria funicular derailed in Lisbon on Wednesday evening, Portuguese police said.",
    "The historic tram car, popular with tourists, came off its rails and crashed into a building on a steep street in the centre of the city.",
    "Carris, the company that runs the line, said maintenance had been carried out as scheduled. Investigators are examining a cable that may have snapped.",
    "The mayor of Lisbon, Carlos Moedas, declared three days of mourning and said the city was in shock.",
  ].join("\n\n"),
  publishedAt: "2025-09-04T18:00:00Z",
  language: "en",
};

/** The Vladivostok story in French: a different language never joins an English story. */
export const FRENCH_DOC: ClusterDocument = {
  id: "french-vladivostok",
  title: "Poutine menace de frapper les troupes occidentales en Ukraine",
  text: [
    "Le président russe Vladimir Putin a déclaré à Vladivostok que toutes les troupes étrangères en Ukraine seraient des cibles légitimes.",
    "Lors du Forum économique oriental, Putin a répondu aux 26 pays de la Coalition des volontaires réunis à Paris.",
  ].join("\n\n"),
  publishedAt: "2025-09-05T12:00:00Z",
  language: "fr",
};

/** The same JOE report, as if it had been published months later (for the time-window penalty). */
export const JOE_DOC_MONTHS_LATER: ClusterDocument = {
  ...JOE_DOC,
  id: "seed-joe-later",
  publishedAt: "2026-03-05T09:00:00Z",
};

/** Same region and week, different event: a Russian strike damaging the British Council in Kyiv (written for these tests). */
export const KYIV_STRIKE_DOC: ClusterDocument = {
  id: "kyiv-british-council",
  title: "UK summons Russian ambassador after strikes damage British Council building in Kyiv",
  text: [
    "The Foreign Office summoned Russia's ambassador to London after an overnight missile and drone attack on Kyiv damaged the British Council offices in the Ukrainian capital.",
    "At least 23 people were killed across the city, Ukrainian officials said, including four children. Rescue workers searched the rubble of a residential block in the Darnytskyi district.",
    "Foreign Secretary David Lammy said the strike was a deliberate attack on civilians and that Britain would keep supporting Ukraine.",
    "The British Council said none of its staff were hurt, but the building's windows and ceilings were destroyed.",
  ].join("\n\n"),
  publishedAt: "2025-08-28T10:00:00Z",
  language: "en",
};
