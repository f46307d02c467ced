/** Word lists for telling a company that speaks ("Gazprom said") from a person's surname ("Guest said"). */
const set = (s: string) => new Set(s.split(" "));

/**
 * Well-known companies and news agencies that compromise's lexicon does not tag as organisations, none of
 * them an English word or a common surname (so "Apple", "Shell", "Ford", "Merck" are left to the context).
 */
export const COMPANIES = set(
  "Gazprom Gazprombank Rosneft Lukoil Novatek Transneft Sberbank Rostec Rosatom Roscosmos Aeroflot Naftogaz Exxon Equinor Aramco Pemex Airbus Embraer Raytheon Huawei Alibaba Foxconn Qualcomm Broadcom Ericsson Spotify Instagram Lyft Lufthansa Qantas Etihad Maersk Stellantis Danone Sanofi Moderna Medtronic Barclays Santander Citi Aldi Lidl Xinhua Interfax Kyodo Anadolu Infosys Wipro",
);

/** Corporate endings: "Boeing Co.", "Gazprom Neft PJSC", "Ryanair Holdings". */
export const CORP_ENDINGS = set(
  "co co. corp corp. inc inc. ltd ltd. plc llc llp ag sa se nv bv gmbh pjsc ojsc jsc oao group holdings airlines airways bank motors industries entertainment foods devices partners capital technologies solutions services communications studios pictures records energy media broadcasting network",
);

/**
 * Nouns that describe a body right before its name ("energy giant Gazprom", "carmaker Toyota", "centre-left
 * daily Eleftherotypia", "news agency IRNA"); none of them is a person's title.
 */
export const ORG_NOUNS = set(
  "company companies firm group maker carmaker automaker planemaker chipmaker drugmaker steelmaker shipbuilder airline carrier operator bank lender insurer retailer supermarket grocer chain giant conglomerate monopoly supplier manufacturer broadcaster network newspaper paper daily weekly tabloid magazine agency outlet website site studio startup start-up subsidiary unit brand label distributor utility exporter importer refiner miner railway railroad telecom provider platform exchange club party charity organisation organization watchdog regulator",
);

/** "the company said", "the carmaker added": a body referred back to as a thing. */
export const ORG_ANAPHORS = set(
  "company firm group carmaker automaker planemaker chipmaker drugmaker airline carrier bank lender insurer retailer giant conglomerate manufacturer broadcaster network newspaper agency studio startup business corporation",
);

/** "-based", "state-run": a compound before a name that only a body takes ("Hamburg-based Hapag-Lloyd"). */
export const ORG_COMPOUND = /-(?:based|owned|run|controlled|listed|backed|headquartered|funded)$/;
