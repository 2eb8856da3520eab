import type { DemoStory } from "../types";

// Demonstrates: framing of the same suspect ("a 24-year-old man" vs "the
// suspect" vs "arsonist"), figures given differently (38,000 hectares vs 380
// square kilometres, 6,500 vs "about 6,500"), the same quote with a small
// rewording ("thirty years" vs "30 years") and one-outlet quotes.
export const story: DemoStory = {
  key: "durnhollow-wildfire",
  summary:
    "A wildfire in the fictional Durnhollow Ranges burns 38,000 hectares, destroys 112 homes and forces 6,500 people to evacuate the town of Tallowmere.",
  articles: [
    {
      outlet: "coral-coast-herald",
      title: "Tallowmere evacuated as Durnhollow fire jumps containment lines",
      byline: "Jarrah Whitfield",
      publishedAt: "2026-01-18T22:30:00Z",
      url: "https://coralcoastherald.example/news/tallowmere-evacuated-durnhollow-fire",
      body: `About 6,500 residents of Tallowmere were ordered to leave their homes on Sunday afternoon after a bushfire in the Durnhollow Ranges jumped containment lines and raced towards the town's western edge.

The fire, which started on Friday night in pine plantations north of Gilgarra Gap, has now burnt 38,000 hectares. Embers carried by gusting north-westerly winds started spot fires up to three kilometres ahead of the main front.

"This fire is moving faster than anything I have seen in thirty years of firefighting," Regional Fire Service commissioner Bronwyn Keats told a briefing at the Tallowmere showgrounds, which had to be evacuated itself an hour later.

Residents were directed to an evacuation centre at the Wendell Park racecourse, 40 kilometres to the south. Queues of cars stretched along the Tallowmere Road for most of the afternoon.

Marjorie Pell, 78, who has lived in Tallowmere since 1969, left with her two dogs and a box of photographs. "You think you'll have time to pack properly. You don't. The sky went orange and the police were at the door," she said.

More than 600 firefighters and 24 aircraft are fighting the blaze. Keats said conditions were expected to ease on Monday.`,
    },
    {
      outlet: "meridian-wire",
      title: "Wildfire forces 6,500 from homes in Durnhollow Ranges, 112 houses lost",
      byline: null,
      publishedAt: "2026-01-19T05:10:00Z",
      url: "https://meridianwire.example/2026/01/19/wildfire-durnhollow-ranges-tallowmere",
      body: `TALLOWMERE (Meridian Wire) — A wildfire in the Durnhollow Ranges has destroyed 112 homes and forced 6,500 people to flee the town of Tallowmere, fire officials said on Monday.

The blaze has burnt more than 38,000 hectares of forest and farmland since Friday. One volunteer firefighter, Jessa Moorcroft, 31, was taken to hospital with burns to her hands after her truck was caught by a change in wind direction.

"This fire is moving faster than anything I have seen in 30 years of firefighting," Regional Fire Service commissioner Bronwyn Keats said.

Police said on Monday that a 24-year-old man had been arrested on suspicion of deliberately lighting the fire near Gilgarra Gap. He is due to appear in court on Tuesday.

Emergency Services Minister Callum Reyes said the government would provide emergency payments to every household that had lost its home. "Nobody who has lost everything should have to fill in a form to get help this week," Reyes said.

The evacuation centre at the Wendell Park racecourse was housing about 2,000 people on Sunday night. Others were staying with relatives or in motels in neighbouring towns.

More than 600 firefighters and 24 water-bombing aircraft remain at the fire ground.`,
    },
    {
      outlet: "evening-clarion",
      title: "Arsonist blamed as Durnhollow inferno destroys 112 homes",
      byline: "Kyle Brandauer",
      publishedAt: "2026-01-19T14:00:00Z",
      url: "https://eveningclarion.example/news/arsonist-blamed-durnhollow-inferno",
      body: `An arsonist is being blamed for a monster wildfire that has torched 112 homes and turned the Durnhollow Ranges into a wasteland, forcing 6,500 terrified residents out of the town of Tallowmere.

Police arrested the 24-year-old suspect on Monday and said he would be charged with deliberately starting the inferno in forest near Gilgarra Gap on Friday night. Officers have not released his name.

"Someone lit this fire, and 112 families have lost everything because of it," said police superintendent Graham Tolliver, who is leading the investigation. "We will put the full evidence before the court."

The blaze has scorched 380 square kilometres of bush and farmland. Regional Fire Service commissioner Bronwyn Keats warned that the fire was "moving faster than anything I have seen in thirty years".

A volunteer firefighter, Jessa Moorcroft, was hurt when flames overran her truck. Her family said she was recovering in hospital.

Residents who fled Tallowmere described a wall of smoke rolling down the ranges on Sunday afternoon. Many drove away with only the clothes they were wearing, leaving pets and livestock behind.

Emergency Services Minister Callum Reyes admitted that the evacuation order for Tallowmere had come "later than we would have liked".`,
    },
    {
      outlet: "lakeshore-dispatch",
      title: "Firefighters gain ground on Durnhollow blaze as Tallowmere counts its losses",
      byline: "Evan Marchildon",
      publishedAt: "2026-01-20T18:45:00Z",
      url: "https://lakeshoredispatch.example/world/firefighters-gain-ground-durnhollow-tallowmere",
      body: `Cooler winds on Tuesday allowed firefighters to strengthen containment lines around the Durnhollow Ranges fire, but residents of Tallowmere were told it could be a week before they are allowed home.

The fire has burnt about 38,000 hectares and destroyed 112 houses, most of them on the western side of Tallowmere. About 6,500 people remain in evacuation centres or with relatives.

Regional Fire Service commissioner Bronwyn Keats said the fire was "not yet under control". "We have had a good day, but one good day does not end a fire of this size," she said.

A 24-year-old man appeared in court on Tuesday afternoon charged with lighting the fire near Gilgarra Gap. He did not enter a plea and was remanded in custody.

Emergency Services Minister Callum Reyes visited the Wendell Park evacuation centre on Monday and said emergency payments would start on Wednesday. "Nobody who has lost everything should have to fill in a form to get help this week," Reyes said.

Volunteer firefighter Jessa Moorcroft, 31, who suffered burns to her hands on Sunday, is in a stable condition.`,
    },
  ],
};
