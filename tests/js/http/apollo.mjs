// Runs one query through Apollo Client 4 (core, no React) with a normalized InMemoryCache.
// Usage: node apollo.mjs <url> <query> [variablesJson]
// Prints one JSON line: { data, errors, cacheKeys } where cacheKeys are the normalized cache's
// entity ids (e.g. "Book:1"), which Apollo derives from __typename + id, and cache is the whole
// normalized store (entities by id, references as { __ref }).
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

const [url, query, variablesJson] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node apollo.mjs <url> <query> [variablesJson]');
  process.exit(2);
}

const cache = new InMemoryCache();
const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache });
try {
  const result = await client.query({
    query: gql(query),
    variables: variablesJson ? JSON.parse(variablesJson) : undefined,
    fetchPolicy: 'network-only',
    errorPolicy: 'all',
  });
  console.log(JSON.stringify({
    data: result.data ?? null,
    errors: result.error ? [String(result.error.message)] : null,
    cacheKeys: Object.keys(cache.extract()).sort(),
    cache: cache.extract(),
  }));
} finally {
  client.stop();
}
