// Opens Banana Cake Pop in Debian's Chromium, puts a query into its operation editor, runs it
// with the IDE's Run button and prints one JSON line with what the IDE showed: the editor's
// text, the request the IDE posted, and the text of its response pane.
// The xunit test (Clients/IdeQueryBrowserTests) starts the seeded server, runs this script and
// judges the result; the script only observes and waits, so a failure carries what it saw.
//
// usage: node ide-runs-query.mjs <url> <query> <expectedTextsJson> <screenshot.png> <user-data-dir> [chromium-path]
// expectedTextsJson: a JSON array of strings the response pane is waited for (each must appear).
import { chromium } from 'playwright-core';

const [url, query, expectedJson, screenshotPath, userDataDir, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!url || !query || !expectedJson || !screenshotPath || !userDataDir) {
  console.error('usage: node ide-runs-query.mjs <url> <query> <expectedTextsJson> <screenshot.png> <user-data-dir> [chromium-path]');
  process.exit(2);
}

const expected = JSON.parse(expectedJson);
// Generous: the machine running the suite may be busy building or testing something else.
const timeoutMs = 90_000;
const result = {
  editorText: null,
  postedQuery: null,
  responseStatus: null,
  responsePaneText: null,
  consoleErrors: [],
  error: null,
};

// Monaco renders spaces of code as no-break spaces; compare text as a person reads it.
const readable = (text) => text.replace(/\u00a0/g, ' ');

let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    // Large enough that the whole formatted response, long titles included, fits in its pane:
    // Monaco only renders the lines in view, and the screenshot should show the titles whole.
    viewport: { width: 2200, height: 1100 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // As on a machine without network: only 127.0.0.1 resolves.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') {
      result.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => result.consoleErrors.push(`uncaught: ${error.message}`));

  // A first visit installs the IDE's service worker, which then takes over and reloads the page
  // (on "controllerchange"): wait for that reload, so the editor used below does not go away.
  let documentLoads = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) {
      documentLoads += 1;
    }
  });
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  const reloadDeadline = Date.now() + 30_000;
  while (documentLoads < 2 && Date.now() < reloadDeadline) {
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('load', { timeout: timeoutMs });
  const createDocument = page.getByRole('button', { name: /^Create Document\b/ });
  const requestEditor = page.locator('.monaco-editor').first();
  await waitForEditor(page, createDocument, requestEditor);

  // Paste the query (one input event): typing it would let Monaco's auto-closing brackets and
  // suggestions rewrite it depending on timing.
  await requestEditor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(query);
  // Back to the start of the line, so the screenshot shows the query from its beginning.
  await page.keyboard.press('Home');
  result.editorText = readable(await requestEditor.locator('.view-lines').innerText());

  // The IDE takes the editor's text into its document after a debounce; until then Run would send
  // an empty query. The "Run" code lens above the operation appears once it has parsed it.
  await requestEditor.locator('.codelens-decoration', { hasText: 'Run' }).first().waitFor({ state: 'visible', timeout: timeoutMs });

  const posted = page.waitForRequest(
    (request) => request.method() === 'POST' && !(request.postData() ?? '').includes('IntrospectionQuery'),
    { timeout: timeoutMs });
  await page.getByRole('button', { name: /^Run Operation\b/ }).click();
  const request = await posted;
  result.postedQuery = JSON.parse(request.postData() ?? 'null')?.query ?? null;
  const response = await request.response();
  result.responseStatus = response?.status() ?? null;

  // The response pane is the editor that is not the request editor and shows the answer; wait
  // until it shows every expected text (rendering follows the response by a few frames).
  const paneText = async () => {
    const editors = page.locator('.monaco-editor .view-lines');
    const count = await editors.count();
    for (let i = 1; i < count; i++) {
      const text = readable(await editors.nth(i).innerText());
      if (text.includes('"data"') || text.includes('"errors"')) {
        return text;
      }
    }
    return null;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    result.responsePaneText = await paneText();
    if (result.responsePaneText !== null && expected.every((text) => result.responsePaneText.includes(text))) {
      break;
    }
    await page.waitForTimeout(200);
  }

  await page.screenshot({ path: screenshotPath, fullPage: false });
} catch (error) {
  result.error = String(error?.message ?? error);
  try {
    const page = context?.pages()[0];
    if (page) {
      result.bodyText = (await page.evaluate(() => document.body?.innerText ?? '')).slice(0, 3000);
      await page.screenshot({ path: screenshotPath, fullPage: false });
    }
  } catch {
    // The screenshot of a failure is a bonus; the error above is what matters.
  }
} finally {
  await context?.close().catch(() => {});
}

process.stdout.write(JSON.stringify(result) + '\n');

/**
 * Clicks "Create Document" until a document's editor shows. The service worker's reload can
 * swallow a click made just before it, so a click that opened nothing is made again.
 */
async function waitForEditor(page, createDocument, editor) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await createDocument.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
      await createDocument.click({ timeout: 10_000 });
      await editor.locator('.view-lines').waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
    }
  }
  throw new Error('No document editor appeared.');
}
