/** Function words of English news text: carry no topic, so they are left out of term vectors and matching. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against ago all almost also although always am among an and another any anyone " +
    "anything are around as at away back be became because become been before being below between both but by " +
    "came can cannot could did do does doing done down during each either else even ever every few first for " +
    "former from further get gets getting give given go goes going gone got had has have having he her here hers " +
    "herself him himself his how however i if in including into is it its itself just last later latest least " +
    "less let like made make makes many may me might more most much must my myself near nearly never new next no " +
    "nor not now of off often on once one only onto or other others our ours ourselves out over own per perhaps " +
    "put rather really said same saying says see seen several she should since so some something still such " +
    "than that the their theirs them themselves then there these they this those though through thus to told " +
    "too toward towards two under until up upon us use used very via was we well were what whatever when where " +
    "whether which while who whole whom whose why will with within without would yet you your yours yourself " +
    "mr mrs ms dr year years week weeks day days time today yesterday tomorrow monday tuesday wednesday " +
    "thursday friday saturday sunday according added adding told tells asked"
  ).split(" "),
);
