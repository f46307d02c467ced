import type { StoryInput } from "../../src/stories/index.ts";

/** Fictional articles: two look-alike rehab stories, two look-alike quakes, one unrelated item. */
const raw: [string, string, string, string][] = [
  [
    "vell-1",
    "2031-03-02T10:00:00Z",
    "Daily Lantern",
    "Actress Mara Vell has checked into the Palm Ridge treatment center in Corvane, her publicist Odo Brent said on Friday. Vell, 34, star of the film Glass Harbor, asked for privacy.",
  ],
  [
    "vell-2",
    "2031-03-02T15:00:00Z",
    "Corvane Courier",
    "Mara Vell entered rehab at Palm Ridge in Corvane this week. Publicist Odo Brent confirmed the Glass Harbor actress is receiving treatment and thanked fans for their support.",
  ],
  [
    "arkin-1",
    "2031-03-03T09:00:00Z",
    "Daily Lantern",
    "Actress Ines Arkin has checked into the Cedar Hollow treatment center in Weylport, her publicist Lise Tamm said on Saturday. Arkin, 41, star of the film Night Engines, asked for privacy.",
  ],
  [
    "vell-3",
    "2031-03-03T11:00:00Z",
    "Northgate Post",
    "Glass Harbor star Mara Vell is at the Palm Ridge clinic in Corvane, according to publicist Odo Brent, who said Vell checked herself in and would stay for thirty days.",
  ],
  [
    "arkin-2",
    "2031-03-03T18:00:00Z",
    "Weylport Star",
    "Ines Arkin entered rehab at Cedar Hollow in Weylport this week. Publicist Lise Tamm confirmed the Night Engines actress is receiving treatment and thanked fans for their support.",
  ],
  [
    "arkin-3",
    "2031-03-04T08:00:00Z",
    "Northgate Post",
    "Night Engines star Ines Arkin is at the Cedar Hollow clinic in Weylport, according to publicist Lise Tamm, who said Arkin checked herself in and would stay for a month.",
  ],
  [
    "quake-1",
    "2031-03-04T12:00:00Z",
    "Weylport Star",
    "A magnitude 5.8 earthquake struck Ostra Island on Tuesday, injuring 12 people and damaging homes in the town of Belvik, the national seismic office said.",
  ],
  [
    "quake-2",
    "2031-03-04T16:00:00Z",
    "Corvane Courier",
    "The magnitude 5.8 quake on Ostra Island injured 12 people in Belvik, officials said, as aftershocks rattled the island through the evening.",
  ],
  [
    "ferry-1",
    "2031-03-04T17:00:00Z",
    "Daily Lantern",
    "The Weylport city council voted to extend the harbour ferry timetable into the evening from next month, adding four sailings on weekdays.",
  ],
];

export const articles: StoryInput[] = raw.map(([id, publishedAt, outlet, text]) => ({
  id,
  title: null,
  text,
  publishedAt,
  outlet,
}));

/** The gold grouping of `articles`, by id prefix. */
export function event(id: string): string {
  return id.split("-")[0];
}

/** Eight short reports of two look-alike events (a strike at two different ports), alternating. */
export function portStrikes(): StoryInput[] {
  const ports = [
    { port: "Halden Reach", union: "Dockers Guild", leader: "Peta Morrow", ships: "14" },
    { port: "Sarnow Quay", union: "Harbour League", leader: "Ivo Lanske", ships: "31" },
  ];
  const forms = [
    (p: (typeof ports)[0]) =>
      `Workers at ${p.port} walked out on Monday, leaving ${p.ships} ships waiting, the ${p.union} said. ${p.leader} called the strike over pay.`,
    (p: (typeof ports)[0]) =>
      `The ${p.union} strike at ${p.port} held for a second day; ${p.leader} said ${p.ships} ships could not unload.`,
    (p: (typeof ports)[0]) =>
      `${p.leader} of the ${p.union} told crowds at ${p.port} that the walkout would go on until wages rose. ${p.ships} ships sat idle.`,
    (p: (typeof ports)[0]) =>
      `Talks to end the ${p.port} dock strike failed, ${p.leader} said, with ${p.ships} ships still held by the ${p.union} pickets.`,
  ];
  const out: StoryInput[] = [];
  forms.forEach((form, i) => {
    ports.forEach((p, k) => {
      out.push({
        id: `${k ? "sarnow" : "halden"}-${i + 1}`,
        title: null,
        text: form(p),
        publishedAt: null,
        outlet: null,
      });
    });
  });
  return out;
}
