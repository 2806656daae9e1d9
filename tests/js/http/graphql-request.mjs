// Runs one query through graphql-request.
// Usage: node graphql-request.mjs <url> <query> [variablesJson]
// Prints one JSON line: { data, error }.
import { GraphQLClient } from 'graphql-request';

const [url, query, variablesJson] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node graphql-request.mjs <url> <query> [variablesJson]');
  process.exit(2);
}

const client = new GraphQLClient(url);
try {
  const data = await client.request(query, variablesJson ? JSON.parse(variablesJson) : undefined);
  console.log(JSON.stringify({ data, error: null }));
} catch (error) {
  console.log(JSON.stringify({ data: error.response?.data ?? null, error: String(error.message).split('\n')[0] }));
}
