import type { DemoStory } from "../types";

// Demonstrates: translated-quote variants (Health Minister Ferrantes speaks
// Lusterian), a truncated quote, a multi-sentence quote, a figure given
// differently (46.2C vs "more than 46 degrees"; 17 vs "at least 17") and
// quotes found in one outlet only.
export const story: DemoStory = {
  key: "lusteria-heatwave",
  summary:
    "The fictional country of Lusteria records its hottest day, 46.2C in the city of Marovel, as a heatwave strains the power grid and 17 deaths are blamed on the heat.",
  articles: [
    {
      outlet: "meridian-wire",
      title: "Lusteria records hottest day as Marovel hits 46.2C",
      byline: null,
      publishedAt: "2026-07-27T15:00:00Z",
      url: "https://meridianwire.example/2026/07/27/lusteria-hottest-day-marovel",
      body: `MAROVEL, Lusteria (Meridian Wire) — Temperatures in the southern city of Marovel reached 46.2 degrees Celsius on Monday, the highest ever recorded in Lusteria, the national meteorological office said.

The reading, taken at Marovel airport at 3:10 p.m., broke the previous record of 45.4C set in the same city in 1987. Nine of Lusteria's twelve provinces are under a red heat alert until at least Thursday.

"We are seeing temperatures that our grandparents never experienced, and we must expect to see them more often," said Dr Teodora Alvik, director of the Lusterian Meteorological Office.

Health Minister Dalia Ferrantes, speaking in Lusterian, urged people to change their routines. "Stay indoors between eleven in the morning and six in the evening, drink water and check on your elderly neighbours," she said.

The health ministry said 17 deaths had been linked to the heat since Friday, most of them people over 75.

Ferrantes said hospitals had been told to postpone non-urgent operations until the end of the week to free beds for patients suffering from heatstroke and dehydration.

Electricity demand hit a record 31.4 gigawatts as air-conditioning use soared, and the grid operator imposed rolling blackouts in three provinces.`,
    },
    {
      outlet: "continental-review",
      title: "Heat record falls in Marovel as Lusteria's power grid strains",
      byline: "Felix Adebayo-Kranz",
      publishedAt: "2026-07-27T19:30:00Z",
      url: "https://continentalreview.example/europe/heat-record-marovel-lusteria-grid",
      body: `Lusteria's power grid came under severe pressure on Monday as the southern city of Marovel set a national temperature record of 46.2C and millions of people turned on air conditioners at the same time.

Demand peaked at 31.4 gigawatts in the late afternoon, about 8% above the previous record. Lusternet, the grid operator, cut power for up to two hours at a time in three provinces to prevent a wider collapse.

“The system was designed for the summers of the 1990s. These are not the summers of the 1990s,” Lusternet chief executive Marco Istvanek said. “We had a choice between planned cuts and an unplanned blackout.”

Health Minister Dalia Ferrantes, in a televised address in Lusterian, told people: “Remain inside from 11 a.m. to 6 p.m., drink plenty of water and look in on elderly neighbours.”

In Marovel's old town, shopkeepers pulled down their shutters at midday and the streets emptied. Tram services were reduced after overhead cables sagged in the heat.

Dr Teodora Alvik of the Lusterian Meteorological Office said the previous record of 45.4C, set in 1987, had been broken by almost a full degree. The heat is expected to last until Thursday.`,
    },
    {
      outlet: "coral-coast-herald",
      title: "Lusteria swelters: 17 deaths blamed on record heat",
      byline: "Hamish Ngata",
      publishedAt: "2026-07-28T06:00:00Z",
      url: "https://coralcoastherald.example/world/lusteria-swelters-17-deaths-record-heat",
      body: `At least 17 people have died from heat-related causes in Lusteria since Friday, the country's health ministry said, after temperatures in Marovel climbed above 46 degrees.

Most of the victims were elderly people living alone. Hospitals in Marovel reported a 40% rise in emergency admissions for dehydration and heatstroke over the weekend.

"Stay indoors between 11 a.m. and 6 p.m.," Health Minister Dalia Ferrantes urged, in comments translated from Lusterian.

Dr Rafael Ostrander, who runs the emergency department at Marovel General Hospital, said his staff were exhausted. "We are treating people in the corridors. Our own cooling system failed twice yesterday. The nurses are working in the same heat as the patients," he said.

The national meteorological office said the 46.2C reading at Marovel airport on Monday was the highest in Lusterian records, beating the 45.4C measured in 1987.

Schools in Marovel and two neighbouring provinces have closed early for the summer, and outdoor work on building sites has been banned between noon and 5 p.m. Trade unions said some employers were ignoring the ban.

Nine of the country's twelve provinces remain on red alert.`,
    },
    {
      outlet: "highveld-sentinel",
      title: "Lusteria heatwave: hot nights offer no relief as red alerts extended",
      byline: "Pieter van Wyk-Sithole",
      publishedAt: "2026-07-29T09:40:00Z",
      url: "https://highveldsentinel.example/world/2026/07/29/lusteria-heatwave-hot-nights",
      body: `Night-time temperatures in Lusteria stayed above 30C for a third night in a row, meteorologists said on Wednesday, as authorities extended red heat alerts in nine of the country's twelve provinces until the weekend.

The overnight low in Marovel, where the national record of 46.2C was set on Monday, was 31.8C, another record. "The body needs the night to recover. When the night is this hot, it cannot," said Dr Teodora Alvik, director of the Lusterian Meteorological Office.

The health ministry said the number of deaths linked to the heat had reached 17.

Health Minister Dalia Ferrantes repeated her advice in Lusterian on national radio. "Stay indoors between eleven in the morning and six in the evening, drink water, and check on elderly neighbours," she said.

She also announced that public libraries, museums and shopping centres with air conditioning would stay open until midnight as cooling centres. "Nobody should have to sit alone in a hot flat tonight," Ferrantes said.

The grid operator said rolling power cuts would continue in three provinces.`,
    },
  ],
};
