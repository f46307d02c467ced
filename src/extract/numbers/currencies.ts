/** Currency names and signs beyond the dollar family, with the nationality that qualifies them. */

/** Currency word (singular or plural) → its name. */
const NAMES: Record<string, string> = {
  markka: "markka",
  markkaa: "markka",
  guilder: "guilder",
  guilders: "guilder",
  franc: "franc",
  francs: "franc",
  lira: "lira",
  lire: "lira",
  peso: "peso",
  pesos: "peso",
  rupee: "rupee",
  rupees: "rupee",
  rand: "rand",
  won: "won",
  ruble: "ruble",
  rubles: "ruble",
  rouble: "ruble",
  roubles: "ruble",
  baht: "baht",
  dong: "dong",
  naira: "naira",
  krona: "krona",
  kronor: "krona",
  krone: "krone",
  kroner: "krone",
  zloty: "zloty",
  zlotys: "zloty",
  forint: "forint",
  forints: "forint",
  real: "real",
  reais: "real",
  dinar: "dinar",
  dinars: "dinar",
  dirham: "dirham",
  dirhams: "dirham",
  riyal: "riyal",
  riyals: "riyal",
  rupiah: "rupiah",
  shilling: "shilling",
  shillings: "shilling",
  hryvnia: "hryvnia",
  hryvnias: "hryvnia",
  tenge: "tenge",
  lari: "lari",
  kip: "kip",
  peseta: "peseta",
  pesetas: "peseta",
  mark: "mark",
  marks: "mark",
  deutschemark: "mark",
  deutschemarks: "mark",
  bitcoin: "bitcoin",
  bitcoins: "bitcoin",
  satoshi: "satoshi",
  satoshis: "satoshi",
  pound: "pound sterling",
  pounds: "pound sterling",
  crowns: "krone",
  crown: "krone",
};
/** Default country of a bare currency word, as CQE names it. */
const DEFAULT: Record<string, string> = {
  franc: "swiss franc",
  lira: "turkish lira",
  peso: "mexican peso",
  rand: "south african rand",
  won: "south korean won",
  ruble: "russian ruble",
  baht: "thai baht",
  dong: "vietnamese dong",
  naira: "nigerian naira",
  krona: "swedish krona",
  krone: "danish krone",
  zloty: "polish zloty",
  forint: "hungarian forint",
  real: "brazilian real",
  rupiah: "indonesian rupiah",
  hryvnia: "ukrainian hryvnia",
  tenge: "kazakhstani tenge",
  lari: "georgian lari",
  kip: "lao kip",
  peseta: "peseta",
  markka: "finnish markka",
  guilder: "netherlands guilder",
  mark: "mark",
};
/** Currency signs, before or after the number. */
export const SIGNS: Record<string, string> = {
  "₡": "costa rican colón",
  "₾": "georgian lari",
  "₭": "lao kip",
  "₦": "nigerian naira",
  "₱": "philippine peso",
  "₫": "vietnamese dong",
  "₴": "ukrainian hryvnia",
  "₸": "kazakhstani tenge",
  "₺": "turkish lira",
  "₼": "azerbaijani manat",
  "₹": "indian rupee",
  "₩": "south korean won",
  "₽": "russian ruble",
  "₪": "shekel",
  "฿": "thai baht",
  "€": "euro",
  "£": "pound sterling",
  "¥": "japanese yen",
  "₿": "bitcoin",
};
const NATION =
  /^(?:[A-Z][a-z]+(?:an|ian|ish|ese|i|ic|ch)|[a-z]+(?:an|ian|ish|ese|ic)|dutch|swiss|thai|new zealand|hong kong|sri lankan|costa rican|south african|south korean|czech|french|greek)$/;

/** Currency words that are also common English words: they need a nationality ("Brazilian real"). */
const AMBIGUOUS = /^(?:won|real|mark|marks|crown|crowns|kip|dong|rand|pound|pounds)$/;

/** "finnish markka", "pesos", "Swiss francs" starting at words[0..]: the normalised currency and words used. */
export function currencyName(words: string[]): { norm: string; used: number } | null {
  const w0 = words[0]?.toLowerCase() ?? "";
  const w1 = words[1]?.toLowerCase() ?? "";
  if (w1 in NAMES && NATION.test(words[0] ?? "")) {
    const name = NAMES[w1];
    if (name === "pound sterling" && w0 !== "british" && w0 !== "egyptian") return null;
    return { norm: `${w0 === "dutch" ? "netherlands" : w0} ${name}`, used: 2 };
  }
  if (w0 in NAMES && NAMES[w0] !== "pound sterling" && !AMBIGUOUS.test(w0))
    return { norm: DEFAULT[NAMES[w0]] ?? NAMES[w0], used: 1 };
  return null;
}
