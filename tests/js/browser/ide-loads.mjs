// Opens Banana Cake Pop in Debian's Chromium, waits until its editor has rendered, and prints one
// JSON line: whether it rendered, every request the page made and how it ended, console errors.
// The xunit test (IdeBrowserTests) starts the server, runs this script and judges the result;
// the script only observes, so a failure is reported with everything needed to understand it.
//
// usage: node ide-loads.mjs <url> <screenshot.png> <user-data-dir> [chromium-path]
import { chromium } from 'playwright-core';

const [url, screenshotPath, userDataDir, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!url || !screenshotPath || !userDataDir) {
  console.error('usage: node ide-loads.mjs <url> <screenshot.png> <user-data-dir> [chromium-path]');
  process.exit(2);
}

// A fresh profile opens on the start screen; its "Create Document" button opens a document tab,
// whose Monaco editor (view lines) only exists once the lazily loaded editor bundle has run.
// (Its accessible name carries the shortcut too: "Create Document (Ctrl+Alt+T)".)
const createDocumentName = /^Create Document\b/;
const editorSelector = '.monaco-editor .view-lines';
const timeoutMs = 60_000;

const requests = [];
const consoleErrors = [];
let context;
const result = { rendered: false, editorSelector, title: null, requests, consoleErrors, error: null };

try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    // Chromium must not reach out on its own (updates, sync, QUIC probes): every request is the page's.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());

  // Every request of the page and of its workers, with the way it ended.
  const entries = new Map();
  context.on('request', (request) => {
    const entry = { url: request.url(), method: request.method(), resourceType: request.resourceType(), status: null, failure: null };
    entries.set(request, entry);
    requests.push(entry);
  });
  // Status from the response event: synchronous, so it cannot outlive the browser like an await would.
  context.on('response', (response) => {
    const entry = entries.get(response.request());
    if (entry) {
      entry.status = response.status();
    }
  });
  context.on('requestfailed', (request) => {
    const entry = entries.get(request);
    if (entry) {
      entry.failure = request.failure()?.errorText ?? 'failed';
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  const createDocument = page.getByRole('button', { name: createDocumentName });
  await createDocument.waitFor({ state: 'visible', timeout: timeoutMs });
  await createDocument.click();
  // The first editor of the tab is the operation ("Request") editor.
  const editor = page.locator(editorSelector).first();
  await editor.waitFor({ state: 'visible', timeout: timeoutMs });
  // Type into it: proof of a working editor, not a painted placeholder.
  await editor.click();
  await page.keyboard.type('{ __typename }');
  result.editorText = await editor.innerText();
  // Let the requests the rendered IDE makes next (schema fetch, telemetry if any) start and end.
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
  result.rendered = true;
  result.title = await page.title();
  result.finalUrl = page.url();
  await page.screenshot({ path: screenshotPath, fullPage: false });
} catch (error) {
  result.error = String(error?.message ?? error);
  try {
    const page = context?.pages()[0];
    if (page) {
      result.finalUrl = page.url();
      result.bodyText = (await page.evaluate(() => document.body?.innerText ?? '')).slice(0, 2000);
      await page.screenshot({ path: screenshotPath, fullPage: false });
    }
  } catch {
    // The screenshot of a failure is a bonus; the error above is what matters.
  }
} finally {
  await context?.close().catch(() => {});
}

process.stdout.write(JSON.stringify(result) + '\n');
