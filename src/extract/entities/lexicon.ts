/** Word lists for names: titles, organisation words and a small gazetteer of places. */
const set = (s: string) => new Set(s.split(" "));

/** Words that make up a person's title ("deputy Pentagon press secretary", "Kharkiv Mayor"). */
export const TITLE_WORDS = set(
  "president vice prime minister secretary secretary-general affairs overseas general gen gen. lt. col. maj. adm. capt. sgt. deputy press spokesperson spokesman spokeswoman chief head leader mayor governor gov. senator sen. rep. representative ambassador commander director chairman chairwoman chair ceo envoy king queen prince foreign defense defence interior state staff of air force army navy military official officer colonel major admiral captain lieutenant sergeant marshal justice judge attorney speaker former acting first lady chancellor premier ayatollah pope dr. dr mr. mrs. ms. mr mrs ms representative delegate analyst professor prof. correspondent reporter editor founder executive aide adviser advisor strategist pollster manager coordinator officer coach coroner sheriff detective trooper surgeon president-elect",
);
/** Titles that alone mark a person ("Mayor", "Secretary"). */
export const TITLE_HEADS = set(
  "president minister secretary secretary-general general gen gen. spokesperson spokesman spokeswoman mayor governor gov. senator sen. rep. ambassador commander director chairman chairwoman ceo envoy king queen prince chancellor premier colonel admiral captain lieutenant sergeant marshal justice judge speaker leader chief head dr. mr. mrs. ms. dr mr mrs ms lt. col. maj. adm. capt. sgt. professor prof. official aide adviser advisor pollster manager deputy coach coroner sheriff detective trooper surgeon president-elect attorney",
);
export const HONORIFICS = set("mr. mrs. ms. dr. mr mrs ms dr");

export const ORG_WORDS = set(
  "agence ministry department service agency council party committee administration organization organisation union bank corp corp. inc inc. ltd company army forces force navy network news post times journal press group institute university association commission office court parliament congress senate house assembly government campaign foundation fund alliance coalition federation league bureau board authority guard command police cabinet kremlin pentagon nations presse ministries society hydro energy wire courier sentinel radio daily herald tribune gazette media television tv broadcasting club trust holdings airlines airways railways industries systems church center centre hospital clinic school college academy museum survey cathedral mosque temple ltd. entertainment foods devices advisors partners capital motors pharmaceuticals technologies solutions services communications studios pictures records distribution patrol squad brigade battalion regiment corps",
);
export const ORG_SINGLE = set(
  "Pentagon Kremlin NATO Reuters Yonhap Congress Senate Parliament Cabinet Hamas Hezbollah Taliban Google Twitter Facebook",
);

export const PLACES = set(
  "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Egypt England Estonia Ethiopia Finland France Georgia Germany Ghana Greece Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Latvia Lebanon Libya Lithuania Malaysia Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands Nigeria Norway Pakistan Palestine Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand Tunisia Turkey Uganda Ukraine Uzbekistan Venezuela Vietnam Wales Yemen Zimbabwe States Kingdom Emirates America Europe Asia Africa Ukraine Kyiv Kiev Moscow Seoul Pyongyang Washington Beijing Tokyo London Paris Berlin Brussels Kharkiv Kursk Belgorod Bryansk Dnipropetrovsk Donetsk Luhansk Crimea Odesa Lviv Zaporizhzhia Kherson Gaza Jerusalem Tehran Baghdad Damascus Kabul Delhi Istanbul Ankara Rome Madrid Warsaw Vienna Geneva Minsk Tbilisi Iowa Texas California Florida Ohio Virginia Pennsylvania Michigan Nevada Arizona Vermont Maryland Massachusetts Indiana Illinois Wisconsin Minnesota Colorado Utah Oregon Alabama Tennessee Kentucky Carolina Hampshire York Chicago Boston Baltimore Manhattan Houston Atlanta Dallas Denver Miami Philadelphia Detroit Indianapolis Milwaukee Cleveland",
);
export const PLACE_MULTI = set(
  "North South East West New United Saudi Sri Costa El Hong Black Red Middle Indo Euro Pacific Atlantic Los Las San Santa Santo Sao São Port Fort Mount Lake Cape Rio Tel Abu Buenos Kuala Phnom Addis Dar Ciudad Nizhny Kryvyi",
);
/** First words that make a two-word name a place ("Santa Rosa", "Mount Sefton", "East Flatbush"). */
export const PLACE_PREFIX = set(
  "North South East West New Los Las San Santa Santo Sao São Port Fort Mount Mt Mt. Lake Cape Rio Rue Bayou Rancho Sri Costa Hong Kuala Phnom Addis Buenos Tel Place Plaza Piazza Porta Via Calle Avenida Praia Playa Isla Isle Key Cabo Puerto Porto Bahia Ciudad Stade Estadio Stadio Wadi Jebel Ras",
);
/** Abbreviations that name places, not organisations. */
export const PLACE_ACRONYMS = set("US U.S. USA U.S.A. UK U.K. DC D.C. UAE N.Y. N.J. L.A. N.Z. E.U.");
/** Text-size pickers and other page chrome. */
export const SIZE_CODES = set("XS SM MD LG XL XXL");
export const PLACE_WORDS = set(
  "region oblast province city state county island sea ocean river border peninsula district gulf bay strait dam street road avenue boulevard bridge square airport harbour harbor station reservoir valley lake mountains hills coast canal highway motorway beach gardens village hill heights glacier springs falls creek islands mountain forest desert park hotel theatre theater stadium arena courthouse prison jail mall tower building hall palace castle plaza terminal corridor town capital township municipality suburb neighbourhood neighborhood",
);

/** Capitalised words that start sentences or headlines but are not names. */
export const NOT_NAME = set(
  "The A An But And Or In On At For From With By As If When While After Before Since Some Many Most This That These Those It He She They We I You His Her Their Our Its There Here What Who Why How Where Earlier Later Meanwhile However Still Yet Also Even Just Only Now Then Today Tuesday Monday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Mr. Mrs. Ms. Dr. More Less Other Another Each Every No Not Nor Both Either Neither All Any Several According Asked Despite During Under Over Through Among Against Without Within Via Per Drone Earlier Photo Read Watch Share Comment Related Advertisement Breaking Near Outside Inside Along Across Beyond Toward Towards Around Upon Unlike Amid",
);

/** Plural nouns that open sentences as speakers ("Authorities said") but name no one. */
export const COMMON_PLURALS = set(
  "authorities officials police prosecutors investigators rescuers residents witnesses doctors experts analysts researchers scientists critics officers troops soldiers firefighters paramedics medics protesters demonstrators activists lawmakers legislators diplomats sources survivors neighbors neighbours relatives organizers organisers volunteers villagers locals reporters journalists",
);
/** Names of things that are not people: laws, contests, wars, storms, operations. */
export const MISC_LAST = set(
  "act acts awards award bowl war cup prize festival olympics games championship championships series treaty accord",
);
export const MISC_FIRST = set("Hurricane Typhoon Cyclone Storm Tropical Operation");
/** Ship prefixes and time zones: "INS Mysore", "PM ET". */
export const SHIP_PREFIX = set("MV INS HMS USS USNS RMS SS MS HMAS");
export const TIME_ZONES = set(
  "AM PM ET EDT EST PT PDT PST CT CDT CST MT MDT MST AKST AKDT HST GMT UTC BST CET CEST EET EEST WET IST JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT MSK PKT WIB ICT",
);
/** Month and weekday names and abbreviations, as headlines and datelines write them. */
export const DATE_WORDS = set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday",
);
/** Abbreviations of units, currencies, ranks in sport and things (not organisations): "USD", "GPS", "SUV". */
export const THING_ACRONYMS = set(
  "USD EUR GBP JPY INR CNY RMB AUD CAD KM KG MM CM MPH KPH GB MB TB GHZ MW KW GW GPS SUV ATV DNA HIV AIDS TV PC ATM GDP CEO CFO COO VP MVP RBI ERA HR OPS LTE USB PDF SMS ID IQ ICU ER AK RPG IED HD LCD LED SOS FAQ OK AD BC PS RIP MD MBA RN QB RB WR CB LB DT NT MRI CT QWERTY",
);
/** Nouns for vessels: "the tanker Sirius Star", "Indian Naval Ship Sukanya". */
export const VESSEL_WORDS = set(
  "ship warship vessel tanker supertanker frigate destroyer corvette cruiser submarine freighter trawler yacht ferry boat dhow cargo carrier liner",
);

/** Older or other romanisations of place names, by lowercase spelling, to the one used here. */
export const PLACE_VARIANTS: Record<string, string> = {
  kiev: "kyiv",
  kharkov: "kharkiv",
  odessa: "odesa",
  lvov: "lviv",
  nikolaev: "mykolaiv",
  nikolayev: "mykolaiv",
  zaporozhye: "zaporizhzhia",
  zaporizhia: "zaporizhzhia",
  dnepropetrovsk: "dnipropetrovsk",
  lugansk: "luhansk",
  chernigov: "chernihiv",
  artemovsk: "bakhmut",
  bombay: "mumbai",
  calcutta: "kolkata",
  madras: "chennai",
  peking: "beijing",
  canton: "guangzhou",
  burma: "myanmar",
  rangoon: "yangon",
  "ivory coast": "cote d'ivoire",
  "gaza strip": "gaza",
};
/** First names that are also ordinary words ("Bill Gates", "Will Smith"). */
export const WORD_NAMES = set(
  "Bill Will Mark Hope Faith Grace Rose Joy Jack Frank Victor Pat Sue Don Ray Guy Rich Bob Art Dick Chase Drew Dawn April June Carol Gene Jean Harry Penny Ruby Chuck Rob Jimmy Ken Nick Max Bud Buck Hunter Jay Robin Heather Holly Iris Lily Ivy Ash Earl Duke Major Sonny Rusty Dusty Grant Wade Lance Miles Rod Gale Sandy Brandy Misty Amber Crystal Pearl Jade Ginger Sky Storm",
);
