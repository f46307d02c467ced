/** Function words and news boilerplate that carry no event identity. */
const WORDS = `a about above according after again against ago all almost also although always am among an and
another any are around as at away back be became because been before being below between both but by can
cannot could did do does doing done down during each either else even ever every few first for from
further get gets getting got had has have having he her here hers herself him himself his how however i if
in into is it its itself just last least less like made make many may me might more most much must my
myself near never new news next no nor not now of off often on once one only or other others our ours
ourselves out over own per put rather really said same say says saying see seen several she should since so
some still such take than that the their theirs them themselves then there these they this those though
three through thus time to today told too two under until up upon us very via was way we well were what
when where whether which while who whom whose why will with within without would year years yesterday yet
you your yours yourself monday tuesday wednesday thursday friday saturday sunday week weeks day days
mr mrs ms dr st reported report reports added including told tell people percent`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
