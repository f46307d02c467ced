import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../../src/extract/entities/index.ts";
import { briefEvents, extractEvents, mergeEvents } from "../../src/extract/events/index.ts";
import type { Event } from "../../src/model/index.ts";

/** Events of a fictional text, with the entities the pipeline would give. */
function events(text: string): Event[] {
  return extractEvents(text, {
    articleId: "p",
    publishedAt: "2031-05-14T09:00:00Z",
    entities: extractEntities(text, "p"),
    claims: [],
  });
}

const row = (e: Event) => [e.type, e.place, e.date, e.killed, e.injured];

test("events: incident words used in another sense are no events", () => {
  const texts = [
    // heart attack, illness and old age
    "The singer Mara Quell died on Thursday at a hospital in Dunmore, nine days after suffering a heart attack. She was 85.",
    "Ornat died of natural causes on Saturday at his home in Castlebay.",
    // software "attacks"
    "Currently attacks have only targeted older versions of the Veltra browser, Dana Pike, a security lead at Norvex, said.",
    "Norvex released an emergency patch on Tuesday after hackers exploited a flaw to attack users in Belgrave.",
    // courts and labour
    "A jury in Harlow found the preacher guilty on both sexual assault charges on Thursday.",
    "Coach Delaney, fired on June 8, is suing the university in Fenwick.",
    "Talks collapsed on June 30 and a strike on the studios in Larkhill remains possible.",
    // film and sport
    "The director said the crew was shooting for a 2032 release and would begin shooting in Veldt in August.",
    "Tamsin Rowe scored 23 points on perfect shooting from the floor as the Owls won in Carrow on Friday.",
    "The Owls placed running back Joe Hale on injured reserve on Wednesday, ending his season.",
    "Hale was hurt last Thursday in a 27-24 loss to Carrow.",
    "Analysts in Kestwick say the Harlan club still has a fighting chance of a title.",
    // figurative harm, products
    "The film wasn't hurt by the strategy, and the lobbyists who killed the bill in Varden celebrated.",
    "Rival carriers in Ostmark sell the Quillberry Storm and the Quillberry Bolt phones.",
    // denied or past incidents
    "A spokesman in Sennet said the cut was unlikely to have been an attack.",
    "She rebuilt her clinic in Marrow Bay after the 1998 hurricane destroyed it.",
  ];
  for (const text of texts) assert.deepEqual(events(text).map(row), [], text);
});

test("events: a place is a place, not a person, organisation, title or the event's own name", () => {
  const cases: [string, string | null][] = [
    [
      "Attacks on the depot were first seen by engineers at Norvex, police in Dunmore said on Monday.",
      "Dunmore",
    ],
    ["Two workers were killed in the Borlen Factory Shooting on Monday, police said.", null],
    ["A gunman shot two officers at the Police Department on Monday.", null],
    ["An overnight fire Friday at Tarn Gov. Ada Mell's church in Wexley caused heavy damage.", "Wexley"],
  ];
  for (const [text, place] of cases) {
    const got = events(text);
    assert.ok(got.length <= 1, `${text} → ${JSON.stringify(got)}`);
    assert.equal(got[0]?.place ?? null, place, text);
  }
});

test("events: ages, years and spans of time are not tolls; 'killing two', 'two dead' are", () => {
  const cases: [string, number | null][] = [
    ["A 36 - year - old climber is dead after falling about 150 metres at Mount Orrin on Sunday.", 1],
    ["Sixteen-year-old Tomas Bray was shot and killed on Saturday night in Hollin, police said.", 1],
    ["The mother of a 10-year-old girl killed by a stray bullet in Hollin on Monday spoke to reporters.", 1],
    ["A gunman opened fire at a warehouse in Hollin on Monday, killing two.", 2],
    ["Two dead after a bus crash near Hollin on Monday.", 2],
    ["A Hollin mother of 12 was killed in crossfire on Thursday.", 1],
    ["Two men were arrested in the fatal shooting of a deputy who was leaving home in Hollin on Monday.", 1],
  ];
  for (const [text, killed] of cases) {
    const got = events(text);
    assert.equal(got.length, 1, `${text} → ${JSON.stringify(got)}`);
    assert.equal(got[0].killed, killed, text);
  }
  assert.deepEqual(
    events("Edgar Moss, who had run the bureau for 48 years and died in May 1972, was buried in Hollin.").map(
      row,
    ),
    [],
  );
});

test("events: a date only when the text gives a day for the incident", () => {
  const [fire] = events("It was the biggest fire in Carrow this year, the chief said.");
  assert.equal(fire?.date ?? null, null);
  const [shot] = events(
    "A clerk who was fired last week shot and killed a manager on Monday at an office in Hollin.",
  );
  assert.deepEqual(row(shot), ["shooting", "Hollin", "2031-05-12", 1, null]);
});

test("events: arson, hit-and-run and falls are incidents", () => {
  assert.deepEqual(
    events("A suspicious fire destroyed a chapel in Wexley on Friday night, investigators said.").map(row),
    [["fire", "Wexley", "2031-05-09", null, null]],
  );
  assert.deepEqual(
    events("A woman was struck by a car and killed in Hollin on Wednesday night.").map((e) => [
      e.type,
      e.killed,
    ]),
    [["crash", 1]],
  );
  assert.deepEqual(
    events(
      "A hiker died on Friday after he slipped and fell about 200 metres from a ridge near Kestrel Peak.",
    ).map((e) => [e.type, e.killed]),
    [["fall", 1]],
  );
});

test("briefEvents: in a story of several articles, a one-article event with no toll is left out", () => {
  const ev = (id: string, place: string, killed: number | null): Event => ({
    id,
    articleId: id.split(":")[0],
    type: "fire",
    place,
    date: null,
    killed,
    injured: null,
    span: [0, 10],
  });
  const merged = mergeEvents([
    ev("a:e1", "Wexley", null),
    ev("b:e1", "Wexley", null),
    ev("c:e1", "Tarn", null),
    ev("c:e2", "Dorn", 2),
  ]);
  assert.deepEqual(
    briefEvents(merged, 3).map((m) => m.place),
    ["Wexley", "Dorn"],
  );
  assert.equal(briefEvents(merged, 1).length, 3, "a one-article story keeps what it has");
});
