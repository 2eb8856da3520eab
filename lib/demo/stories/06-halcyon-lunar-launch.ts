import type { DemoStory } from "../types";

// Demonstrates: wire copy. Meridian Wire publishes first; the Harbour Daily,
// the Monsoon Post and the Highveld Sentinel republish its text almost
// verbatim (new headline, a paragraph dropped or a sentence added, credit
// line kept). The Continental Review reports independently, with a second,
// different statement from Solbakk and a quote found nowhere else.
export const story: DemoStory = {
  key: "halcyon-lunar-launch",
  summary:
    "The fictional Continental Space Agency launches the Halcyon-2 lunar orbiter on a Vesta-4 rocket from Kerrow Point to map water ice at the Moon's south pole.",
  articles: [
    {
      outlet: "meridian-wire",
      title: "Continental Space Agency launches Halcyon-2 lunar orbiter",
      byline: null,
      publishedAt: "2026-07-14T06:10:00Z",
      url: "https://meridianwire.example/2026/07/14/continental-space-agency-launches-halcyon-2",
      body: `KERROW POINT (Meridian Wire) — The Continental Space Agency launched its Halcyon-2 lunar orbiter early on Tuesday, sending the 2,140-kilogram spacecraft on a 26-day journey to map water ice near the Moon's south pole.

The orbiter lifted off aboard a Vesta-4 rocket from the Kerrow Point launch site at 04:52 local time. The upper stage released the spacecraft 47 minutes later, and mission controllers confirmed that its solar arrays had deployed.

"Halcyon-2 is healthy, it is talking to us and it is on its way," Continental Space Agency director-general Ingrid Solbakk told reporters at the launch site. "After the disappointment of Halcyon-1, this is a very good morning."

The first Halcyon orbiter was lost in 2023 when its main engine failed during lunar orbit insertion. Engineers have since redesigned the propulsion system.

Halcyon-2 carries a neutron spectrometer and a radar instrument designed to detect ice buried up to two metres below the surface in permanently shadowed craters.

"If the ice is there in the quantities we expect, it changes the economics of every future mission to the Moon," said mission scientist Dr Amara Quist.

The mission has cost 840 million euros. The spacecraft is due to enter lunar orbit on August 9 and begin science operations in September.`,
    },
    {
      outlet: "harbour-daily",
      title: "Halcyon-2 lifts off for the Moon's south pole",
      byline: null,
      publishedAt: "2026-07-14T07:05:00Z",
      url: "https://harbourdaily.example/science/2026/07/14/halcyon-2-lifts-off",
      body: `KERROW POINT (Meridian Wire) — The Continental Space Agency launched its Halcyon-2 lunar orbiter early on Tuesday, sending the 2,140-kilogram spacecraft on a 26-day journey to map water ice near the Moon's south pole.

The orbiter lifted off aboard a Vesta-4 rocket from the Kerrow Point launch site at 04:52 local time. The upper stage released the spacecraft 47 minutes later, and mission controllers confirmed that its solar arrays had deployed.

"Halcyon-2 is healthy, it is talking to us and it is on its way," Continental Space Agency director-general Ingrid Solbakk told reporters at the launch site. "After the disappointment of Halcyon-1, this is a very good morning."

The first Halcyon orbiter was lost in 2023 when its main engine failed during lunar orbit insertion. Engineers have since redesigned the propulsion system.

"If the ice is there in the quantities we expect, it changes the economics of every future mission to the Moon," said mission scientist Dr Amara Quist.

The mission has cost 840 million euros. The spacecraft is due to enter lunar orbit on August 9 and begin science operations in September.`,
    },
    {
      outlet: "monsoon-post",
      title: "Halcyon-2 orbiter launched on 26-day journey to the Moon",
      byline: "Meridian Wire",
      publishedAt: "2026-07-14T07:40:00Z",
      url: "https://monsoonpost.example/science/halcyon-2-orbiter-launched-moon",
      body: `KERROW POINT (Meridian Wire) — The Continental Space Agency launched its Halcyon-2 lunar orbiter early on Tuesday, sending the 2,140-kilogram spacecraft on a 26-day journey to map water ice near the Moon's south pole.

The orbiter lifted off aboard a Vesta-4 rocket from the Kerrow Point launch site at 04:52 local time. The upper stage released the spacecraft 47 minutes later, and mission controllers confirmed that its solar arrays had deployed.

"Halcyon-2 is healthy, it is talking to us and it is on its way," Continental Space Agency director-general Ingrid Solbakk told reporters at the launch site. "After the disappointment of Halcyon-1, this is a very good morning."

The first Halcyon orbiter was lost in 2023 when its main engine failed during lunar orbit insertion. Engineers have since redesigned the propulsion system.

Halcyon-2 carries a neutron spectrometer and a radar instrument designed to detect ice buried up to two metres below the surface in permanently shadowed craters. Researchers at several universities in the region have been invited to work with the radar data once it is released.

"If the ice is there in the quantities we expect, it changes the economics of every future mission to the Moon," said mission scientist Dr Amara Quist.

The mission has cost 840 million euros. The spacecraft is due to enter lunar orbit on August 9 and begin science operations in September.`,
    },
    {
      outlet: "highveld-sentinel",
      title: "Second time lucky? Halcyon-2 sets off for the Moon",
      byline: null,
      publishedAt: "2026-07-14T08:25:00Z",
      url: "https://highveldsentinel.example/science/2026/07/14/halcyon-2-sets-off-for-the-moon",
      body: `The Continental Space Agency launched its Halcyon-2 lunar orbiter early on Tuesday, sending the 2,140-kilogram spacecraft on a 26-day journey to map water ice near the Moon's south pole.

The orbiter lifted off aboard a Vesta-4 rocket from the Kerrow Point launch site at 04:52 local time. The upper stage released the spacecraft 47 minutes later, and mission controllers confirmed that its solar arrays had deployed.

"Halcyon-2 is healthy, it is talking to us and it is on its way," Continental Space Agency director-general Ingrid Solbakk told reporters at the launch site. "After the disappointment of Halcyon-1, this is a very good morning."

The first Halcyon orbiter was lost in 2023 when its main engine failed during lunar orbit insertion. Engineers have since redesigned the propulsion system.

Halcyon-2 carries a neutron spectrometer and a radar instrument designed to detect ice buried up to two metres below the surface in permanently shadowed craters.

"If the ice is there in the quantities we expect, it changes the economics of every future mission to the Moon," said mission scientist Dr Amara Quist.

(Meridian Wire)`,
    },
    {
      outlet: "continental-review",
      title: "Halcyon-2 launch restores faith in Continental Space Agency after 2023 failure",
      byline: "Matthias Brenner",
      publishedAt: "2026-07-14T11:30:00Z",
      url: "https://continentalreview.example/science/halcyon-2-launch-restores-faith",
      body: `There was applause, and some tears, in the control room at Kerrow Point on Tuesday morning when the Halcyon-2 orbiter separated cleanly from its Vesta-4 rocket and began its 26-day cruise to the Moon.

For the Continental Space Agency, the launch was about more than science. Its predecessor, Halcyon-1, was lost in 2023 when its engine failed as it tried to enter lunar orbit, an embarrassment that led to a parliamentary inquiry and a two-year delay.

Director-general Ingrid Solbakk said the agency had been changed by that failure. “We learned more from losing Halcyon-1 than we would ever have learned from a success,” she said. “Every valve on this spacecraft has been tested three times.”

Launch director Tobias Renwick described the countdown as “the quietest I have ever sat through”. “Nothing went wrong. Not one hold. My team didn't know what to do with themselves,” he said.

The 2,140-kilogram orbiter, which cost 840 million euros, will use radar to search for water ice in the permanently shadowed craters near the lunar south pole. It is due to reach lunar orbit on August 9.

Mission scientist Dr Amara Quist said the first maps could be published before the end of the year.`,
    },
  ],
};
