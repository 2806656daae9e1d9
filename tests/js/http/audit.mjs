// Runs graphql-http's GraphQL-over-HTTP server audits against a live endpoint.
// Usage: node audit.mjs <url>
// Prints one JSON line: [{ id, name, status: 'ok'|'warn'|'notice'|'error', reason?, responseStatus? }].
import { serverAudits } from 'graphql-http';

const [url] = process.argv.slice(2);
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

const results = [];
for (const { fn } of serverAudits({ url })) {
  // One at a time: the server's answers stay easy to correlate with its logs.
  const result = await fn();
  results.push({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.reason ?? null,
    responseStatus: result.response?.status ?? null,
  });
}

console.log(JSON.stringify(results));
