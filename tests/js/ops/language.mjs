// Language-layer operations: graphql-js's parser and printer as the oracle for ours.
import { parse, print } from 'graphql';

// print(parse(source)), or the syntax error when graphql-js rejects the source.
export function printParsed({ source }) {
  try {
    return { printed: print(parse(source)), error: null };
  } catch (error) {
    return { printed: null, error: { message: error.message, locations: error.locations ?? null } };
  }
}

// The first syntax error graphql-js reports, or null when the source parses.
export function parseError({ source }) {
  try {
    parse(source);
    return null;
  } catch (error) {
    return { message: error.message, locations: error.locations ?? null };
  }
}
