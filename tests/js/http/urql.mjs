// Runs one query through urql's core client, over POST or GET.
// Usage: node urql.mjs <url> <query> [variablesJson] [post|get]
// Prints one JSON line: { data, error, requests: [{ method, accept }] } — the requests urql's
// fetch actually made, so the caller can check that GET really was used.
import { Client, fetchExchange } from '@urql/core';

const [url, query, variablesJson, method = 'post'] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node urql.mjs <url> <query> [variablesJson] [post|get]');
  process.exit(2);
}

const requests = [];
const recordingFetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  requests.push({ method: init.method ?? 'GET', accept: headers.get('accept') });
  return fetch(input, init);
};

const client = new Client({
  url,
  exchanges: [fetchExchange],
  fetch: recordingFetch,
  preferGetMethod: method === 'get' ? 'force' : false,
  requestPolicy: 'network-only',
});
const result = await client.query(query, variablesJson ? JSON.parse(variablesJson) : {}).toPromise();
console.log(JSON.stringify({
  data: result.data ?? null,
  error: result.error ? result.error.message : null,
  requests,
}));
