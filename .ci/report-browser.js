// Opens a crossclaim report in headless Chromium (Debian's, driven by playwright-core) and
// checks it as a reader would meet it: no console errors, no network request, every claim id
// present, a click on a claim scrolls to its highlighted passage, and the filter works.
// Writes a screenshot of the top of the page.
//
// Usage: node report-browser.js REPORT.html CLAIM-IDS.txt SCREENSHOT.png [--dark]
// Needs playwright-core on NODE_PATH and Chromium at $CHROMIUM (default /usr/bin/chromium).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const [reportPath, idsPath, screenshotPath, ...flags] = process.argv.slice(2);
const failures = [];
const fail = (message) => failures.push(message);

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crossclaim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    colorScheme: flags.includes('--dark') ? 'dark' : 'light',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const url = 'file://' + path.resolve(reportPath);
    page.on('console', (msg) => { if (msg.type() === 'error') fail(`console error: ${msg.text()}`); });
    page.on('pageerror', (error) => fail(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== url) fail(`network request: ${request.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });

    // Every claim id, as an element and as text.
    const ids = fs.readFileSync(idsPath, 'utf8').split('\n').filter(Boolean);
    const missing = await page.evaluate((ids) => ids.filter((id) =>
      !document.getElementById('claim-' + id) || !document.body.textContent.includes(id)), ids);
    if (ids.length === 0) fail('no claim ids to look for');
    for (const id of missing) fail(`claim id missing: ${id}`);

    // Nothing from the claim files ran: the page's own script is the only one.
    const scripts = await page.evaluate(() => document.scripts.length);
    if (scripts !== 1) fail(`expected 1 script element, found ${scripts}`);
    if (await page.evaluate(() => 'crossclaimInjected' in window)) fail('text from a claim file ran as script');

    // The filter is shown (JavaScript runs) and hides what does not match.
    await page.fill('#filter', 'no such text anywhere 4f7c');
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-filter]')].filter((el) => !el.hidden).length);
    if (shown !== 0) fail(`filter left ${shown} parts shown for text that is nowhere`);
    await page.fill('#filter', '');
    await page.locator('#filter').blur();

    await page.screenshot({ path: screenshotPath });

    // A claim in the topic tables scrolls to its passage, which is highlighted.
    const link = page.locator('#topics a.claim').first();
    const href = await link.getAttribute('href');
    if (!href || !href.startsWith('#passage-')) fail(`first claim links to ${href}, not to a passage`);
    await link.click();
    await page.waitForFunction((href) => location.hash === href, href);
    const target = await page.evaluate((id) => {
      const el = document.getElementById(id);
      if (!el) return null;
      const box = el.getBoundingClientRect();
      return {
        tag: el.tagName,
        targeted: el.matches(':target'),
        outline: getComputedStyle(el).outlineStyle,
        // Scrolled to the top edge, a box can sit a fraction of a pixel above it.
        inView: box.top > -1 && box.bottom < window.innerHeight + 1 && box.height > 0,
      };
    }, href.slice(1));
    if (!target) fail(`no element ${href}`);
    else {
      if (target.tag !== 'MARK') fail(`${href} is a ${target.tag}, not a marked passage`);
      if (!target.targeted || target.outline === 'none') fail(`${href} is not highlighted as the target`);
      if (!target.inView) fail(`${href} was not scrolled into view`);
    }
    // And the passage links back to its claim.
    const back = await page.evaluate((id) => {
      const mark = document.getElementById(id);
      let el = mark;
      while (el && !(el.matches && el.matches('sup.refs'))) el = el.nextElementSibling;
      const a = el && el.querySelector('a');
      return a ? document.getElementById(a.getAttribute('href').slice(1)) !== null : false;
    }, href.slice(1));
    if (!back) fail(`${href} has no working link back to its claim`);

    const name = path.basename(reportPath);
    if (failures.length === 0) console.log(`report-browser: ${name}: ${ids.length} claims present, click to ${href} ok, screenshot ${screenshotPath}`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const f of failures) console.log(`report-browser: ${path.basename(reportPath)}: ${f}`);
  process.exit(failures.length === 0 ? 0 : 1);
})().catch((error) => {
  console.error(`report-browser: ${error.stack || error}`);
  process.exit(2);
});
