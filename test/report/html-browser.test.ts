// Opens the HTML brief in Debian's chromium (headless) and checks it renders cleanly on a phone.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { renderBriefHtml } from "../../src/report/html.ts";
import { demoInput } from "../crosscheck/demo-fixture.ts";

const CHROMIUM = process.env.NEWSFUSE_CHROMIUM ?? "/usr/bin/chromium";
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "../../test-results");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

test("HTML brief in chromium: no console errors, no outside requests, tables visible", async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} not found: install it with apt-get install -y chromium`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), "newsfuse-brief-"));
  const input = demoInput();
  const file = join(work, "brief.html");
  writeFileSync(file, renderBriefHtml(crosscheck(input).briefs, input.articles));
  const pageUrl = pathToFileURL(file).href;
  const context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    const pages = new Set([pageUrl]);
    context.on("request", (r) => pages.has(r.url()) || requests.push(r.url()));
    await page.goto(pageUrl, { waitUntil: "load" });

    for (const sel of ["#figures-1 table.figures", "#sources-1 table.sources"]) {
      const box = await page.locator(sel).boundingBox();
      assert.ok(await page.locator(sel).isVisible(), `${sel} visible`);
      assert.ok(box && box.width > 200 && box.height > 100, `${sel} has a real size`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways on a phone by ${overflow}px`);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, "brief-phone-light.png"), fullPage: true });
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(light, dark, "dark scheme changes the page colours");
    await page.locator("#figures-1").screenshot({ path: join(RESULTS, "brief-figures-dark.png") });

    assert.deepEqual(errors, [], "console errors");
    assert.deepEqual(requests, [], "outside requests");

    // Control: the same watch does catch a page that reaches out (blocked by the page's CSP).
    const leaky = join(work, "leaky.html");
    const html = renderBriefHtml([], []).replace("</main>", '<img src="http://127.0.0.1:9/x.png"></main>');
    writeFileSync(leaky, html);
    pages.add(pathToFileURL(leaky).href);
    await page.goto(pathToFileURL(leaky).href, { waitUntil: "load" });
    assert.ok(errors.length + requests.length > 0, "the watch saw nothing of an outside image");
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
});
