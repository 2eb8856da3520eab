import type { DemoStory } from "../types";
import { story as lisvardPortStrike } from "./01-lisvard-port-strike";
import { story as orvaneEarthquake } from "./02-orvane-earthquake";
import { story as aldmereRateCut } from "./03-aldmere-rate-cut";
import { story as continentalShieldFinal } from "./04-continental-shield-final";
import { story as marchbankResignation } from "./05-marchbank-resignation";
import { story as halcyonLunarLaunch } from "./06-halcyon-lunar-launch";
import { story as durnhollowWildfire } from "./07-durnhollow-wildfire";
import { story as parceloCourtRuling } from "./08-parcelo-court-ruling";
import { story as veshraWaterSummit } from "./09-veshra-water-summit";
import { story as stAldricDataBreach } from "./10-st-aldric-data-breach";
import { story as lusteriaHeatwave } from "./11-lusteria-heatwave";
import { story as vaskorTrenchOctopus } from "./12-vaskor-trench-octopus";

export const demoStories: DemoStory[] = [
  lisvardPortStrike,
  orvaneEarthquake,
  aldmereRateCut,
  continentalShieldFinal,
  marchbankResignation,
  halcyonLunarLaunch,
  durnhollowWildfire,
  parceloCourtRuling,
  veshraWaterSummit,
  stAldricDataBreach,
  lusteriaHeatwave,
  vaskorTrenchOctopus,
];
