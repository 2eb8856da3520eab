import type { DemoStory } from "../types";

// Demonstrates: a calm science story with several speakers, a split quote,
// small differences in figures (6,140 metres vs "more than 6,000 metres";
// 28 cm vs "about the length of a pencil"), and quotes in one outlet only.
export const story: DemoStory = {
  key: "vaskor-trench-octopus",
  summary:
    "Marine biologists from the fictional University of Glenmorven describe a new glowing octopus species, Nyctopus vaskorensis, found 6,140 metres deep in the Vaskor Trench.",
  articles: [
    {
      outlet: "lakeshore-dispatch",
      title: "Glowing octopus found more than 6,000 metres down in Vaskor Trench",
      byline: "Miriam Tallbridge",
      publishedAt: "2026-03-24T16:00:00Z",
      url: "https://lakeshoredispatch.example/science/glowing-octopus-vaskor-trench",
      body: `Scientists have described a new species of octopus that lives more than 6,000 metres below the surface of the ocean and lights up the tips of its arms in a rippling blue-green pattern.

The animal, named Nyctopus vaskorensis, was filmed by the remotely operated submersible Tern during an expedition to the Vaskor Trench aboard the research vessel Halloran. The findings were published on Tuesday in the Journal of Abyssal Biology.

"We saw a ring of lights moving in the dark, and for a moment nobody in the control room said anything," said Professor Marguerite Olatunji, a marine biologist at the University of Glenmorven and the study's lead author. "Then everybody started talking at once."

Three individuals were filmed at depths between 5,900 and 6,140 metres, and one was collected for study. The collected specimen measured 28 centimetres from the top of its mantle to the tip of its longest arm.

The team believes the octopus uses its lights to lure small crustaceans, which are drawn towards the glow.

The expedition, funded by the Glenmorven Ocean Trust, spent 31 days at sea.`,
    },
    {
      outlet: "harbour-daily",
      title: "Scientists name 'lantern octopus' from the depths of the Vaskor Trench",
      byline: "Alistair Rennick",
      publishedAt: "2026-03-24T18:30:00Z",
      url: "https://harbourdaily.example/science/2026/03/24/lantern-octopus-vaskor-trench",
      body: `A small octopus that flashes its arms like a string of fairy lights has been identified as a new species after being filmed 6,140 metres down in the Vaskor Trench.

Researchers from the University of Glenmorven, who nicknamed the animal the "lantern octopus", have given it the scientific name Nyctopus vaskorensis.

"We saw a ring of lights moving in the dark," Professor Marguerite Olatunji, who led the study, said, "and for a moment nobody in the control room said anything."

Co-author Dr Henrik Saalfeld said the light pattern, which travels from the base of each arm to its tip in about half a second, had never been seen in an octopus before. "Other deep-sea animals glow. This one performs," he said.

The species was found during a 31-day expedition aboard the research vessel Halloran, using the submersible Tern. One of the three animals seen was brought to the surface and is now held in the university's collection.

The Vaskor Trench, which reaches a depth of more than 8,000 metres, has been visited by research submersibles only a handful of times. Olatunji's team plans to return in 2027.

The study appears in the Journal of Abyssal Biology.`,
    },
    {
      outlet: "monsoon-post",
      title: "New bioluminescent octopus species discovered in Vaskor Trench",
      byline: "Nandini Raghavan",
      publishedAt: "2026-03-25T05:00:00Z",
      url: "https://monsoonpost.example/science/new-bioluminescent-octopus-vaskor-trench",
      body: `A team led by the University of Glenmorven has described a previously unknown octopus, Nyctopus vaskorensis, living at depths of more than 6,000 metres in the Vaskor Trench.

The octopus is about 28 centimetres long and produces bioluminescent light along its arms. Three animals were filmed by the submersible Tern, and one was collected, during an expedition aboard the research vessel Halloran.

Professor Marguerite Olatunji, the lead author of the study in the Journal of Abyssal Biology, said the discovery showed how little was known about the deepest parts of the ocean. "Fewer people have seen the floor of the Vaskor Trench than have walked on the Moon. Every dive brings us something new," she said.

Genetic analysis suggests that the species separated from its nearest known relatives more than 20 million years ago, according to co-author Dr Henrik Saalfeld.

The researchers said deep-sea mining licences under discussion for the region could threaten habitats that had barely been studied. "We are naming species in places that could be dug up before we understand them," Olatunji warned.`,
    },
    {
      outlet: "capital-ledger",
      title: "A deep-sea octopus that puts on a light show",
      byline: "Gregory Ashworth-Lee",
      publishedAt: "2026-03-25T13:00:00Z",
      url: "https://capitalledger.example/science/2026/03/25/deep-sea-octopus-light-show",
      body: `About the length of a pencil and the color of wet sand, the newly described octopus Nyctopus vaskorensis would be unremarkable if it were not for its lights.

Filmed at a depth of 6,140 meters in the Vaskor Trench, the animal sends pulses of blue-green light down each of its eight arms in sequence, a display that researchers at the University of Glenmorven believe is used to attract prey.

"Other deep-sea animals glow. This one performs," said Dr Henrik Saalfeld, a co-author of the study published in the Journal of Abyssal Biology.

Lead author Professor Marguerite Olatunji said the team had spent two years confirming that the animal was a new species before publishing. "We wanted to be certain. When you name a species, you are making a promise to every scientist who comes after you," she said.

Olatunji also urged caution over deep-sea mining in the region. The researchers said habitats in the Vaskor Trench could be destroyed "before we understand them".

The expedition aboard the research vessel Halloran lasted 31 days and was funded by the Glenmorven Ocean Trust.`,
    },
  ],
};
