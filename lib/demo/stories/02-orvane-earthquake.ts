import type { DemoStory } from "../types";

// Demonstrates: translated-quote variants (Amarel speaks Kestrian), a
// truncated quote, one speaker with two different statements (Amarel), an
// omission (the Coral Coast Herald never gives the death toll) and a
// survivor quote found in one outlet only.
export const story: DemoStory = {
  key: "orvane-earthquake",
  summary:
    "A magnitude 6.8 earthquake strikes the Orvane Valley in the fictional country of Kestria, killing at least 214 people around the town of Dravik.",
  articles: [
    {
      outlet: "meridian-wire",
      title: "Kestria earthquake kills at least 214 in Orvane Valley",
      byline: null,
      publishedAt: "2026-03-04T10:20:00Z",
      url: "https://meridianwire.example/2026/03/04/kestria-earthquake-orvane-valley",
      body: `DRAVIK, Kestria (Meridian Wire) — A magnitude 6.8 earthquake struck the Orvane Valley in northern Kestria before dawn on Wednesday, killing at least 214 people and injuring more than 1,300, the country's interior ministry said.

The quake hit at 3:42 a.m. local time at a depth of 12 kilometres, with its epicentre about 9 kilometres south of the market town of Dravik, according to the Kestrian Seismological Institute. A magnitude 5.1 aftershock followed shortly after 7 a.m.

Entire streets of older stone houses in Dravik collapsed, and landslides cut the main road between the valley and the capital, Tessmar, slowing the arrival of heavy rescue equipment.

Interior Minister Yusuf Amarel, speaking in Kestrian at a briefing in Dravik, said: "Every hour counts, and we will not stop searching while there is any hope of finding people alive."

Officials estimate that 40,000 people have been left homeless. The Kestrian Emergency Relief Service said it had set up 14 tent camps across the Orvane Valley.

"The night temperatures here are close to freezing. Shelter is now as urgent as rescue," said Pavel Dunai, the relief service's field coordinator in Dravik.

Seismological Institute director Dr Lena Voskuijl said the Orvane fault had not produced an earthquake of this size since 1911.`,
    },
    {
      outlet: "capital-ledger",
      title: "Rescuers dig through rubble in Dravik after Kestria quake kills 214",
      byline: "Marisol Quintero-Hayes",
      publishedAt: "2026-03-04T16:00:00Z",
      url: "https://capitalledger.example/world/2026/03/04/dravik-kestria-quake-rescue",
      body: `Rescue teams using cranes, dogs and bare hands searched the ruins of Dravik on Wednesday after a magnitude 6.8 earthquake tore through Kestria's Orvane Valley, killing at least 214 people.

The earthquake struck at 3:42 a.m., when most residents were asleep. More than 1,300 people were injured, according to the Kestrian interior ministry, and hospitals in the valley were treating patients in car parks because of fears that their own buildings were unsafe.

"Every hour matters. We will not stop the search as long as there is hope of finding survivors," Interior Minister Yusuf Amarel told reporters, according to a translation provided by his ministry.

Ilyas Sorren, 63, a baker in Dravik, said he had been lighting his ovens when the ground began to move. "The walls of the bakery opened like a book. I ran into the street and behind me the whole row of houses came down," he said. His brother's family is among the missing.

Dr Lena Voskuijl, director of the Kestrian Seismological Institute, said the shallow depth of the quake, about 12 kilometres, explained the scale of the destruction. "A shallow earthquake under a town built of unreinforced stone is the worst combination we have," she said.

Landslides blocked the main road from the capital, Tessmar, for most of the day. Kestrian army engineers reopened one lane by late afternoon.`,
    },
    {
      outlet: "monsoon-post",
      title: "Orvane Valley earthquake: death toll passes 200 as aid reaches Dravik",
      byline: "Ritika Sandhu",
      publishedAt: "2026-03-05T06:30:00Z",
      url: "https://monsoonpost.example/world/orvane-valley-earthquake-death-toll-aid-dravik",
      body: `The death toll from the earthquake in Kestria's Orvane Valley has risen to more than 200, officials said, as the first international aid convoys reached the devastated town of Dravik on Thursday.

The Kestrian interior ministry put the number of confirmed deaths at 214 on Wednesday night, with more than 1,300 people injured. The magnitude 6.8 quake struck at 3:42 a.m. local time on Wednesday.

"Every hour counts," Interior Minister Yusuf Amarel said on Wednesday as he urged volunteers to join the search. On Thursday, visiting a tent camp on the edge of Dravik, he made a pledge to survivors. "The state will rebuild every house in Dravik, stone by stone, and nobody will be left to spend the winter in a tent," Amarel said, speaking in Kestrian.

The Kestrian Emergency Relief Service said it was now running 14 camps sheltering part of the estimated 40,000 people left homeless.

Relief coordinator Pavel Dunai said blankets, heaters and clean water were the most urgent needs. "We have enough tents for today. We do not have enough for next week," Dunai said.

A magnitude 5.1 aftershock on Wednesday morning caused further damage to buildings already weakened by the main earthquake.`,
    },
    {
      outlet: "coral-coast-herald",
      title: "Kestria quake survivors face freezing nights in Orvane Valley camps",
      byline: "Tamsin Okoro",
      publishedAt: "2026-03-05T09:10:00Z",
      url: "https://coralcoastherald.example/world/kestria-quake-survivors-freezing-nights-orvane",
      body: `Tens of thousands of people left homeless by Wednesday's earthquake in Kestria's Orvane Valley spent a second night in tents as temperatures fell close to freezing.

The magnitude 6.8 earthquake, which struck at 3:42 a.m. at a shallow depth of 12 kilometres, flattened much of the old centre of Dravik and damaged villages along the valley floor. More than 1,300 people were injured.

The Kestrian Emergency Relief Service has opened 14 tent camps for an estimated 40,000 people whose homes were destroyed or are too dangerous to enter.

"The night temperatures here are close to freezing, so shelter is now as urgent as rescue," relief coordinator Pavel Dunai said.

Interior Minister Yusuf Amarel said in Kestrian that the search would continue. "Each hour is precious, and we will not halt the search while there remains any hope of finding people alive," he said, in remarks translated by the ministry.

Many families have refused to move to the camps, preferring to sleep in cars or in the open beside their damaged houses so that they can guard their belongings and keep watch for missing relatives.

Landslides that closed the road from the capital, Tessmar, have been partly cleared, allowing trucks carrying heaters and blankets to reach Dravik on Thursday.`,
    },
    {
      outlet: "highveld-sentinel",
      title: "Aftershocks rattle Kestria as Orvane quake toll stands at 214",
      byline: "Lindiwe Mokoena",
      publishedAt: "2026-03-05T12:45:00Z",
      url: "https://highveldsentinel.example/world/2026/03/05/aftershocks-rattle-kestria-orvane",
      body: `A series of aftershocks shook Kestria's Orvane Valley on Thursday, hampering rescuers who are still searching for survivors a day after a magnitude 6.8 earthquake killed at least 214 people in and around the town of Dravik.

The strongest aftershock, of magnitude 5.1, came on Wednesday morning, and the Kestrian Seismological Institute recorded more than 60 smaller tremors over the following 24 hours.

Institute director Dr Lena Voskuijl warned that a further strong aftershock could not be ruled out. "People must not go back into damaged houses to collect their belongings. The ground has not finished moving," she said.

Interior Minister Yusuf Amarel promised that "the state will rebuild every house in Dravik", adding that nobody would be left to spend the winter in a tent.

Sipho Ndaba, who leads the volunteer search team Rescue Without Borders, said his group had pulled two people alive from a collapsed school on Thursday morning. "Two is not many. But for those two families it is everything," Ndaba said.

More than 1,300 people were injured and about 40,000 have been left homeless, according to Kestrian officials.`,
    },
  ],
};
