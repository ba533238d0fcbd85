'use strict';
// The browser checks of web-check/check.sh: see that script for what is checked.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL, fileURLToPath } = require('url');
const puppeteer = require('puppeteer-core');
const jsonld = require('jsonld');
const vnuJar = require('vnu-jar');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TARGET = path.join(__dirname, 'target');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EXTRA_RULES = ['page-has-heading-one', 'heading-order', 'region'];
const SCHEMA = 'https://schema.org/';

/** Every .html file under a folder, sorted. */
function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

/** schema.org's types and properties, as listed by schema-dts's type definitions. */
function schemaTerms() {
  const dts = fs.readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
  const terms = new Set();
  for (const m of dts.matchAll(/"@type": "([A-Za-z0-9_]+)"/g)) terms.add(m[1]);
  for (const m of dts.matchAll(/^\s+"([A-Za-z0-9_]+)"\??: /gm)) terms.add(m[1]);
  return terms;
}

/** A JSON-LD document loader that knows the local schema.org context only: no network. */
const CONTEXT = JSON.parse(fs.readFileSync(path.join(__dirname, 'schemaorg-context.jsonld'), 'utf8'));
async function documentLoader(url) {
  if (/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.json(ld)?)?$/.test(url)) {
    return { contextUrl: null, documentUrl: url, document: CONTEXT };
  }
  throw new Error('JSON-LD would load ' + url + ' (only the local schema.org context is known)');
}

/** Collects the schema.org terms of an expanded JSON-LD document; others go to `foreign`. */
function walk(node, used, foreign) {
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, used, foreign));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type') {
      for (const type of [].concat(value)) {
        if (typeof type === 'string' && type.startsWith(SCHEMA)) used.add(type.slice(SCHEMA.length));
        else foreign.add(String(type));
      }
    } else if (key.startsWith('@')) {
      if (key !== '@value' && key !== '@language' && key !== '@id') walk(value, used, foreign);
    } else {
      if (key.startsWith(SCHEMA)) used.add(key.slice(SCHEMA.length));
      else foreign.add(key);
      walk(value, used, foreign);
    }
  }
}

/** Runs the Nu Html Checker once over every file; returns its errors by file. */
function vnuErrors(files) {
  const byFile = new Map(files.map((f) => [f, []]));
  if (files.length === 0) return byFile;
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  let report;
  try {
    report = JSON.parse(run.stderr || run.stdout);
  } catch (e) {
    throw new Error('The Nu Html Checker did not answer JSON: ' + (run.stderr || run.stdout).slice(0, 500));
  }
  for (const m of report.messages || []) {
    if (m.type !== 'error' && m.subType !== 'fatal') continue;
    const file = m.url ? fileURLToPath(m.url) : '';
    const list = byFile.get(file) || byFile.set(file, []).get(file);
    list.push(`vnu: ${m.message} (line ${m.lastLine || '?'})`);
  }
  return byFile;
}

function shotName(root, file, width) {
  const rel = path.relative(path.dirname(root), file).replace(/[\\/]/g, '__');
  return path.join(TARGET, 'screenshots', `${rel}.${width}.png`);
}

async function checkPage(browser, root, file, terms) {
  const problems = [];
  const page = await browser.newPage();
  const outside = [];
  const consoleErrors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    let inside = false;
    if (url.startsWith('file:')) {
      const target = fileURLToPath(url.split('#')[0].split('?')[0]);
      inside = target === root || target.startsWith(root + path.sep);
    }
    if (inside) request.continue();
    else {
      outside.push(url);
      request.abort('blockedbyclient');
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 30000 });
    const pwned = await page.evaluate(() => typeof window.__pwned !== 'undefined');
    if (pwned) problems.push('window.__pwned was set: a payload ran');
    const scripts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent));
    await page.screenshot({ path: shotName(root, file, 1280), fullPage: true });
    // The page's own errors: axe-core, injected next, is the checker's code, not the page's.
    const pageErrors = consoleErrors.slice();

    await page.evaluate(AXE);
    const axeTags = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false }),
      WCAG_TAGS);
    const axeRules = await page.evaluate(
      (rules) => window.axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'], preload: false }),
      EXTRA_RULES);
    for (const v of [...axeTags.violations, ...axeRules.violations]) {
      const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
      problems.push(`axe ${v.id}: ${v.help} (${v.nodes.length} node(s): ${where})`);
    }

    await page.setViewport({ width: 320, height: 640 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) problems.push(`scrolls sideways at 320 px: scrollWidth ${width}`);
    await page.screenshot({ path: shotName(root, file, 320), fullPage: true });

    for (const [i, text] of scripts.entries()) {
      let doc;
      try {
        doc = JSON.parse(text);
      } catch (e) {
        problems.push(`JSON-LD #${i + 1} does not parse: ${e.message}`);
        continue;
      }
      try {
        const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
        const used = new Set();
        const foreign = new Set();
        walk(expanded, used, foreign);
        if (used.size === 0) problems.push(`JSON-LD #${i + 1} expands to no schema.org term`);
        for (const term of used) if (!terms.has(term)) problems.push(`JSON-LD #${i + 1}: ${term} is not a schema.org term`);
        for (const term of foreign) problems.push(`JSON-LD #${i + 1}: ${term} is not a schema.org term`);
      } catch (e) {
        problems.push(`JSON-LD #${i + 1} does not expand: ${e.message}`);
      }
    }
    for (const url of outside) problems.push(`requested outside its folder: ${url}`);
    for (const text of pageErrors) problems.push(`console error: ${text}`);
    return { problems, jsonLd: scripts.length };
  } finally {
    await page.close();
  }
}

async function main() {
  const roots = process.argv.slice(2).map((d) => path.resolve(d));
  const pages = [];
  for (const root of roots) {
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
      console.error(`web-check: ${root} is not a folder`);
      process.exit(2);
    }
    for (const file of htmlFiles(root)) pages.push({ root, file });
  }
  fs.mkdirSync(path.join(TARGET, 'screenshots'), { recursive: true });
  const terms = schemaTerms();
  const vnu = vnuErrors(pages.map((p) => p.file));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
  });
  let passed = 0;
  let failed = 0;
  let jsonLdScripts = 0;
  try {
    for (const { root, file } of pages) {
      const rel = path.relative(process.cwd(), file);
      let result;
      try {
        result = await checkPage(browser, root, file, terms);
      } catch (e) {
        result = { problems: [`could not be checked: ${e.message}`], jsonLd: 0 };
      }
      const problems = [...(vnu.get(file) || []), ...result.problems];
      jsonLdScripts += result.jsonLd;
      if (problems.length === 0) {
        passed++;
        console.log(`ok   ${rel} (json-ld: ${result.jsonLd})`);
      } else {
        failed++;
        console.log(`FAIL ${rel}`);
        for (const p of problems) console.log(`       ${p}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`web-check: ${jsonLdScripts} JSON-LD script(s) checked, screenshots in ${path.relative(process.cwd(), TARGET)}`);
  console.log(`web-check: ${passed} pages passed, ${failed} failed`);
  process.exit(failed > 0 || pages.length === 0 ? 1 : 0);
}

main().catch((e) => {
  console.error('web-check: ' + (e && e.stack ? e.stack : e));
  process.exit(2);
});
