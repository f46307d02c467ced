/** Small closed-class word lists shared by the extractors. */
const set = (s: string) => new Set(s.split(" "));

export const PRONOUNS = set("he she they i we you it who which his her their its him them us me");
export const SUBJECT_PRONOUNS = set("he she they i we you it who which");
export const MALE = set("he him his himself");
export const FEMALE = set("she her hers herself");
export const PLURAL = set("they them their we");

/** Words that start a new clause: a source noun phrase never crosses them going leftwards. */
export const CLAUSE_STOP = set(
  "and or but because while when as if since after before though although so than where whether that nor yet unless until whereas once what how why",
);

export const DETERMINERS = set(
  "the a an this that these those his her their its our my your some many several",
);

export const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday");
export const MONTHS = set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
