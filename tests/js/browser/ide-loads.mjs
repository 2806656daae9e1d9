// Opens Banana Cake Pop in Debian's Chromium, waits until its editor has rendered, and prints one
// JSON line: whether it rendered, every request the page made and how it ended, console errors.
// A request still open when the script ends has settled=false.
// The xunit test (IdeBrowserTests) starts the server, runs this script and judges the result;
// the script only observes, so a failure is reported with everything needed to understand it.
//
// Chromium runs as on a machine without network (only 127.0.0.1 resolves).
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
/** Polls a condition; true when it held before the timeout, false otherwise. */
async function waitUntil(condition, timeout, intervalMs = 100) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (condition()) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return condition();
}

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
      // A machine without network: no name but 127.0.0.1 resolves, so the IDE must load from the
      // server alone (a request elsewhere is still recorded, and fails instead of leaving).
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());

  // Every request of the page and of its workers, with the way it ended.
  const entries = new Map();
  context.on('request', (request) => {
    const entry = { url: request.url(), method: request.method(), resourceType: request.resourceType(), status: null, failure: null, settled: false };
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
  context.on('requestfinished', (request) => {
    const entry = entries.get(request);
    if (entry) {
      entry.settled = true;
    }
  });
  context.on('requestfailed', (request) => {
    const entry = entries.get(request);
    if (entry) {
      entry.failure = request.failure()?.errorText ?? 'failed';
      entry.settled = true;
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

  // On a first visit the IDE registers its service worker, which precaches every file of the
  // IDE, takes control of the page, and the IDE reloads itself (on "controllerchange"). Wait for
  // that reload so the checks below run on the final page, not one about to go away.
  let documentLoads = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) {
      documentLoads += 1;
    }
  });
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  result.serviceWorkerReload = await waitUntil(() => documentLoads >= 2, 30_000);
  await page.waitForLoadState('load', { timeout: timeoutMs });
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
  // networkidle only watches the page: the service worker may still be precaching. Wait until
  // every request seen so far has ended, so none is cut off by closing the browser.
  let seen = -1;
  await waitUntil(() => {
    // Settled, and no new request for a moment: nothing is in flight when the browser closes.
    const quiet = seen === requests.length && requests.every((entry) => entry.settled);
    seen = requests.length;
    return quiet;
  }, timeoutMs, 500);
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
