/** Whether reported content is a clause (a statement) rather than a bare noun phrase. */

const FINITE = new Set(
  "is are was were be been has have had will would can could should may might must did does do am won't won’t says said told".split(
    " ",
  ),
);
// Irregular past tenses (regular ones end in -ed).
const PAST = new Set(
  "shot hit cut put set lost won fell rose left led made took gave sent kept held met ran came went got saw found thought knew began became brought bought fought caught sought taught sold paid spent lent meant felt slept stood understood heard built struck stuck wrote spoke broke chose drove rode grew threw flew drew wore tore swore hid fed fled let shut spread hurt cost hung swung sang rang drank sank swam forgot ate froze stole shook arose beat bled crept dealt dug sped spun swept wept withdrew overcame upheld withheld oversaw".split(
    " ",
  ),
);
const SUBJECT = /^(he|she|it|this|that|which|who|one|nobody|everyone|someone|there)$/;
const CONTRACTED = /^(he|she|it|i|you|we|they|that|there|what|who|here)[’'](s|re|ve|ll|d|m)$/;
const DETERMINER = /^(the|a|an|its|his|her|their|our|this|these|those|some|no|any|every|each)$/;
const RELATIVE = /^(who|which|whom|whose|that)$/;

/** "the storm had damaged two piers" yes; "her promise of a vote", "people who lost their homes" no. */
export function hasFiniteVerb(text: string): boolean {
  const w = text.toLowerCase().match(/[\p{L}\p{N}'’-]+|,/gu) ?? [];
  for (let i = 0; i < w.length; i++) {
    const t = w[i];
    // a verb inside a relative clause does not make the noun phrase before it a statement
    // (", that …" after an aside is the complementiser)
    if (i > 0 && RELATIVE.test(t) && w[i - 1] !== ",") return false;
    if (FINITE.has(t) || PAST.has(t) || CONTRACTED.test(t) || /n[’']t$/.test(t)) return true;
    if (i > 0 && t.length > 3 && /[^e]ed$|[^aeiou]ied$|eed$/.test(t) && !DETERMINER.test(w[i - 1]))
      return true;
    if (i > 0 && /[a-z][^su]s$/.test(t) && SUBJECT.test(w[i - 1])) return true;
  }
  return false;
}
