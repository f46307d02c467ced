import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Locator } from "playwright-core";
import { DEMO_DIR } from "../../src/cli/commands/demo.ts";
import { ensureWebBuilt, startServer, WEB_DIST } from "../../src/server/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { haveChromium, NO_CHROMIUM, openBrowser, RESULTS, type Session, shot } from "./browser.ts";

const HOSTILE = {
  id: "hostile-1",
  outlet: '<img src=x onerror="window.__pwned=1">Evil Outlet',
  title: 'Korvel Dam <script>window.__pwned=2</script> "update"',
  publishedAt: "2026-03-09T20:00:00Z",
  text: 'Korvel Dam rescuers in Miravost. <script>window.__pwned=3</script> <img src=x onerror="window.__pwned=4"> "Water everywhere," said Anika Brandt. <a href="javascript:window.__pwned=5">click</a>',
};

const txt = async (l: Locator) => (await l.textContent()) ?? "";

let store: Store;
let server: Awaited<ReturnType<typeof startServer>>;
let s: Session;

before(async () => {
  if (!haveChromium) return;
  assert.ok(await ensureWebBuilt(), "web UI must build");
  store = openStore(":memory:");
  server = await startServer({ store, port: 0, webRoot: WEB_DIST });
  s = await openBrowser(server.url);
});

after(async () => {
  await s?.close();
  await server?.close();
  await store?.close();
});

test("ingest the demo corpus through the ingest page", {
  skip: haveChromium ? false : NO_CHROMIUM,
}, async () => {
  const { page } = s;
  await page.goto(`${server.url}/ingest`);
  // dropping a file onto the drop zone adds it to the list
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["A dropped note."], "dropped.txt", { type: "text/plain" }));
    document
      .querySelector(".dropzone")
      ?.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true }));
  });
  await page.getByText("1 file chosen").waitFor();
  await page.getByRole("button", { name: "clear" }).click();
  const files = readdirSync(DEMO_DIR)
    .filter((f) => /\.(txt|json)$/.test(f))
    .map((f) => join(DEMO_DIR, f));
  await page.setInputFiles('input[type="file"]', files);
  await page.getByRole("button", { name: /Analyze/ }).click();
  await page.getByRole("heading", { name: "New and updated stories" }).waitFor({ timeout: 30_000 });
  const text = await txt(page.locator(".ingest-result"));
  assert.match(text, /8 new articles stored/);
  assert.match(text, /Korvel Dam/);
  await shot(page, "ingest-done");
});

test("stories list, then the demo story: established, figures, quotes, sources", {
  skip: haveChromium ? false : NO_CHROMIUM,
}, async () => {
  const { page } = s;
  await page.goto(`${server.url}/`);
  const cards = page.locator(".story-card");
  await cards.first().waitFor();
  assert.ok((await cards.count()) >= 2, "the dam story and the ferry strike are different stories");
  await shot(page, "stories");
  const href = await cards.first().locator("h2 a").getAttribute("href");
  assert.ok(href?.startsWith("/stories/"));
  // first render, measured from a fresh navigation to the story's address
  await page.goto(`${server.url}${href}`);
  await page.locator("#sources table").waitFor();
  const ms = await page.evaluate(() => performance.getEntriesByName("nf:story-rendered")[0]?.startTime ?? -1);
  console.log(`first render of the demo story: ${ms.toFixed(0)} ms after navigation start`);
  assert.ok(ms > 0, "the story page marks its first render");
  await assert.doesNotReject(page.getByRole("heading", { level: 1 }).waitFor());
  assert.match(await txt(page.locator("h1")), /Korvel Dam|Dam/);
  for (const id of ["#established", "#figures", "#events", "#who-said", "#named", "#sources", "#timeline"])
    assert.ok(await page.locator(id).isVisible(), `${id} visible`);
  const rows = await page.locator("#sources tbody tr").count();
  assert.ok(rows >= 2, "sources table lists the story's articles");
  assert.match(await txt(page.locator("#sources")), /original/);
  // the incident: one dam failure, placed at the dam, its latest toll, carried by the outlets
  const events = page.locator("#events table.events tbody tr");
  assert.equal(await events.count(), 1, "the dam failure is one event");
  const event = await txt(events.first());
  assert.match(event, /dam failure/);
  assert.match(event, /Korvel Dam \(also Esterra\)/);
  assert.match(event, /2026-03-09 reports: 9, 12/);
  assert.match(event, /Valley Sentinel/);
  assert.equal(await page.locator("#events tr th[scope=col]").count(), 6);
  // names: people with titles and surnames, organisations and places as lists
  const people = page.locator("#named ul.people li");
  assert.ok((await people.count()) >= 5);
  assert.match(
    await txt(page.locator("#named ul.people")),
    /Anika Brandt, Agency head \(also Brandt; 7 articles\)/,
  );
  assert.match(await txt(page.getByRole("list", { name: "Organisations" })), /Civil Protection Agency/);
  assert.match(await txt(page.getByRole("list", { name: "Places" })), /Miravost/);
  // reported speech is shown apart from the speaker's own words, never inside quotation marks
  const reported = page.locator("#who-said blockquote.reported");
  assert.ok((await reported.count()) > 0, "reported speech listed");
  assert.doesNotMatch(await txt(reported.first()), /^[“"]/);
  assert.match(await txt(page.locator("#who-said blockquote:not(.reported)").first()), /^“.*”$/s);
  await page.locator("#events").screenshot({ path: `${RESULTS}/story-events.png` });
  await shot(page, "story");
  await page.locator("#sources").screenshot({ path: `${RESULTS}/story-sources.png` });
  await page.locator("#who-said").screenshot({ path: `${RESULTS}/story-who-said.png` });
  await page.locator("#figures").screenshot({ path: `${RESULTS}/story-figures.png` });
});

test("compare view highlights reused passages and substituted words", {
  skip: haveChromium ? false : NO_CHROMIUM,
}, async () => {
  const { page } = s;
  const spun = page.locator("#sources tr", { hasText: "spun copy" }).locator("a.compare-link");
  const link = (await spun.count()) ? spun.first() : page.locator("a.compare-link").first();
  await link.click();
  await page.locator(".sides").waitFor();
  assert.equal(await page.locator(".side").count(), 2);
  assert.ok(
    (await page.locator(".side").nth(0).locator("mark.reused").count()) > 0,
    "left has reused passages",
  );
  assert.ok(
    (await page.locator(".side").nth(1).locator("mark.reused").count()) > 0,
    "right has reused passages",
  );
  if (await spun.count().catch(() => 0)) {
    assert.ok((await page.locator("mark.sub-b").count()) > 0, "spun words are marked");
  }
  await page.locator(".side-a mark.reused").last().click();
  assert.ok(
    (await page.locator(".side-b mark.reused.active").count()) > 0,
    "the same passage lights up on the right",
  );
  await shot(page, "compare");
  await shot(page, "compare-full", true);
});

test("a hostile article stays inert text", { skip: haveChromium ? false : NO_CHROMIUM }, async () => {
  const { page } = s;
  const res = await fetch(`${server.url}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(HOSTILE),
  });
  assert.equal(res.status, 201);
  await page.goto(`${server.url}/articles/${HOSTILE.id}`);
  await page.locator(".article-text").waitFor();
  assert.match(await txt(page.locator(".article-text")), /<script>window.__pwned=3<\/script>/);
  assert.match(await txt(page.locator("h1")), /<script>/);
  await shot(page, "article-hostile");
  const { storyId } = await (await fetch(`${server.url}/api/articles/${HOSTILE.id}`)).json();
  if (storyId) {
    await page.goto(`${server.url}/stories/${storyId}`);
    await page.locator("#sources table").waitFor();
    assert.match(await txt(page.locator("#sources")), /onerror=/);
    await page.locator("#named").waitFor();
    assert.equal(await page.locator("main script, main img, main a[href^='javascript']").count(), 0);
  }
  await page.goto(`${server.url}/search?q=rescuers`);
  await page.locator(".results li").first().waitFor();
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator("main script, main img, main a[href^='javascript']").count(), 0);
  await shot(page, "hostile");
});

test("phone width and dark mode, keyboard skip link", {
  skip: haveChromium ? false : NO_CHROMIUM,
}, async () => {
  const { page } = s;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${server.url}/`);
  await page.locator(".story-card").first().waitFor();
  await shot(page, "stories-phone-dark");
  const listWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(listWidth <= 390, `stories list fits a phone (page is ${listWidth}px wide)`);
  await page.locator(".story-card h2 a").first().click();
  await page.locator("#sources table").waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
  await shot(page, "story-phone-dark");
  await page.locator("#sources").screenshot({ path: `${RESULTS}/sources-phone-dark.png` });
  await page.locator("#events").screenshot({ path: `${RESULTS}/events-phone-dark.png` });
  await page.locator("#named").screenshot({ path: `${RESULTS}/named-phone-dark.png` });
  // on a phone each event is a card whose cells say what they are
  assert.match(await txt(page.locator("#events td[data-label=Killed]").first()), /at least 9/);
  await page.reload();
  await page.locator("#sources table").waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
  await page.locator("a.compare-link").first().click();
  await page.locator(".sides").waitFor();
  await shot(page, "compare-phone-dark");
  await page.getByRole("button", { name: /^Right/ }).click();
  assert.ok(await page.locator(".side-b").isVisible());
  assert.ok(!(await page.locator(".side-a").isVisible()), "one side at a time on a phone");
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(w <= 390, `compare view fits a phone (page is ${w}px wide)`);
  await shot(page, "compare-phone-dark-right");
});

test("no console errors and no outside requests", { skip: haveChromium ? false : NO_CHROMIUM }, () => {
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.outside, []);
});
