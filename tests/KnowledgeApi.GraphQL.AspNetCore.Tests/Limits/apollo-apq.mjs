// Runs one query twice through Apollo Client 4 with its persisted-queries link (APQ, SHA-256 from
// node:crypto, hashed queries over GET), and records every HTTP exchange it makes.
// Usage: node apollo-apq.mjs <url> <query>
// Prints one JSON line: { first, second, exchanges: [{ method, sentQuery, sentHash, status }] }.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const [url, query] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node apollo-apq.mjs <url> <query>');
  process.exit(2);
}

const exchanges = [];
async function recordingFetch(input, init) {
  const method = init?.method ?? 'GET';
  const target = new URL(typeof input === 'string' ? input : input.url);
  const body = init?.body ? JSON.parse(init.body) : null;
  const extensions = body?.extensions ?? (target.searchParams.get('extensions') ? JSON.parse(target.searchParams.get('extensions')) : null);
  const response = await fetch(input, init);
  exchanges.push({
    method,
    sentQuery: Boolean(body?.query ?? target.searchParams.get('query')),
    sentHash: extensions?.persistedQuery?.sha256Hash ?? null,
    status: response.status,
  });
  return response;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const client = new ApolloClient({
  link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});

try {
  const run = async () => {
    const result = await client.query({ query: gql(query), fetchPolicy: 'network-only', errorPolicy: 'all' });
    return { data: result.data ?? null, error: result.error ? String(result.error.message) : null };
  };
  const first = await run();
  const second = await run();
  console.log(JSON.stringify({ first, second, exchanges }));
} finally {
  client.stop();
}
