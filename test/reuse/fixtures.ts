/** Fictional articles (written for these tests) and their derivations. */

export const ORIGINAL = `Floodwater reached the centre of Marrowick on Thursday after the river Dunley broke through an old embankment north of the town, officials said.

About 240 residents left their homes during the night as the water rose quickly across the lower streets, according to the regional emergency office.

Mayor Ilse Varga told reporters that the town had started to pump water from the flooded market square and that two schools would stay closed until Monday.

The embankment was built in 1958 and had been scheduled for repairs next spring, a spokesman for the water authority said, adding that engineers would inspect the damage as soon as the level falls.

Farmers in the valley said the flood destroyed most of the late harvest and killed dozens of sheep in the fields along the river.

Volunteers from nearby villages brought food, blankets and dry clothes to a sports hall where families spent the night on camp beds.

The weather service expects more rain over the weekend and warned that the river could rise again by Sunday evening.`;

/** The same article on another site: navigation, banners and prompts around an unchanged body. */
export const WITH_CHROME = `Home | News | Weather
Advertisement
${ORIGINAL}
Share this article
Read more stories from the valley
Sign up for our newsletter`;

/** An update by the same outlet: a new lead, one paragraph dropped, a new paragraph added. */
export const UPDATED = `Floodwater began to recede from the centre of Marrowick on Friday morning, a day after the river Dunley broke through an old embankment north of the town, officials said.

About 240 residents left their homes during the night as the water rose quickly across the lower streets, according to the regional emergency office.

Mayor Ilse Varga told reporters that the town had started to pump water from the flooded market square and that two schools would stay closed until Monday.

The embankment was built in 1958 and had been scheduled for repairs next spring, a spokesman for the water authority said, adding that engineers would inspect the damage as soon as the level falls.

Volunteers from nearby villages brought food, blankets and dry clothes to a sports hall where families spent the night on camp beds.

Insurance companies said on Friday that they had opened a hotline for owners of damaged houses and shops in the lower town.

The weather service expects more rain over the weekend and warned that the river could rise again by Sunday evening.`;

/** Machine-spun: many words swapped for (WordNet) synonyms, names, numbers and structure kept. */
export const SPUN = `Floodwater reached the center of Marrowick on Thursday after the river Dunley broke through an old dike north of the township, functionaries stated.

Approximately 240 inhabitants left their dwellings during the night as the water climbed rapidly across the lower streets, according to the regional emergency agency.

Mayor Ilse Varga informed newsmen that the township had begun to pump water from the flooded market plaza and that two schools would remain closed until Monday.

The dike was constructed in 1958 and had been scheduled for repairs next spring, a representative for the water authority stated, adding that engineers would examine the harm as soon as the level drops.

Husbandmen in the vale stated the inundation ruined most of the late crop and killed dozens of sheep in the fields along the river.

Volunteers from nearby villages brought food, blankets and dry clothing to a sports hall where households spent the night on camp beds.

The weather service anticipates more rain over the weekend and warned that the river could ascend again by Sunday evening.`;

/** Light human edits of the same sentences: words dropped, added, changed, not synonym by synonym. */
export const REWRITTEN = `Floodwater reached central Marrowick late on Thursday after the Dunley river broke through an old embankment just north of the town, local officials said.

Some 240 residents left their homes overnight as the water rose across the lower streets of the old town, according to the regional emergency office.

Mayor Ilse Varga told journalists the town had started pumping water out of the flooded market square and that both schools would stay shut until Monday at least.

The embankment, built in 1958, had been due for repairs next spring, a spokesman for the regional water authority said, adding that engineers would inspect it as soon as the water falls.

Farmers in the valley said the flood wiped out most of the late harvest and killed dozens of sheep grazing in the fields by the river.

Volunteers from villages nearby brought food, blankets and clothes to the sports hall where families spent Thursday night on camp beds.

The weather service is expecting more rain this weekend and has warned that the river might rise again on Sunday evening.`;

/** An independent report of the same event: other words, one shared quote. */
export const INDEPENDENT = `Hundreds of people spent Thursday night in a sports hall in Marrowick after a breach in a flood wall sent the Dunley into the town.

“We have never seen the water come this far, not even in the winter of 1994,” said Tomas Hedl, who runs a bakery near the market square.

Emergency crews used boats to reach older people in the lower streets, and the army sent two trucks with sandbags from the garrison at Kelby.

The regional government promised compensation for damaged property but gave no figure, and opposition councillors asked why repairs to the wall had been delayed for years.

Rail services between Marrowick and the coast were suspended while engineers checked a bridge upstream.`;

/** Another independent report sharing the same quote: quotes are not reuse. */
export const SAME_QUOTE = `The bakery owner Tomas Hedl watched from an upstairs window as the Dunley spread through the market square of Marrowick.

“We have never seen the water come this far, not even in the winter of 1994,” said Tomas Hedl, who runs a bakery near the market square.

Schools in the town will reopen next week, and the council has asked drivers to avoid the lower streets until the roads have been checked.

A charity collecting donations for the flooded families said it had raised enough money in one day to replace all the beds lost in the water.`;
