#!/usr/bin/env node
// Takes the README's screenshots from the demo's sites: a session page and the IMP'acte minutes page,
// the top 1280 x 1400 pixels of each, into docs/images/. Run through web-check/docs-screenshots.sh.
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');

const [demo, images] = process.argv.slice(2);
const SHOTS = [
  ['site/toulouse-cycle/sessions/rencontres-toulouse-4.html', 'session-page.png'],
  ['site/imp-acte/sessions/imp-acte-2017-12-05-minutes.html', 'minutes-page.png'],
];

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1400 });
    for (const [file, name] of SHOTS) {
      await page.goto(pathToFileURL(path.resolve(demo, file)).href, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(images, name) });
      console.log(`docs-screenshots: ${path.join(images, name)}`);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
