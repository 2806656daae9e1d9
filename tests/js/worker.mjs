// One long-lived graphql-js worker for the whole .NET test run (see GraphQLJs.cs).
// Protocol: one JSON request per stdin line, {"id": n, "op": "name", "args": {...}};
// one JSON answer per stdout line, {"id": n, "ok": true, "result": ...} or
// {"id": n, "ok": false, "error": {"message": ..., "locations": [...]}}.
// Operations live in ./ops/*.mjs, each exporting functions by name, so test areas add their own
// operations in their own files.
import { readdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const opsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ops');
const ops = new Map();
for (const file of (await readdir(opsDir)).filter(f => f.endsWith('.mjs')).sort()) {
  const module = await import(pathToFileURL(path.join(opsDir, file)).href);
  for (const [name, fn] of Object.entries(module)) {
    if (typeof fn !== 'function') continue;
    if (ops.has(name)) throw new Error(`operation ${name} is defined twice (${file})`);
    ops.set(name, fn);
  }
}

function describeError(error) {
  return {
    message: String(error?.message ?? error),
    locations: error?.locations ?? null,
  };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    process.stdout.write(JSON.stringify({ id: -1, ok: false, error: describeError(error) }) + '\n');
    continue;
  }
  const op = ops.get(request.op);
  let answer;
  try {
    if (!op) throw new Error(`unknown operation '${request.op}'`);
    answer = { id: request.id, ok: true, result: await op(request.args ?? {}) };
  } catch (error) {
    answer = { id: request.id, ok: false, error: describeError(error) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
