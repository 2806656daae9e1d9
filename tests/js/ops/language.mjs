// Language-layer operations: graphql-js's parser and printer as the oracle for ours.
import { parse, parseType, parseValue, print } from 'graphql';

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

// print(parseValue(source)) and print(parseType(source)), or the error graphql-js raises.
export function printParsedValue({ source }) {
  try {
    return { printed: print(parseValue(source)), error: null };
  } catch (error) {
    return { printed: null, error: { message: error.message, locations: error.locations ?? null } };
  }
}

export function printParsedType({ source }) {
  try {
    return { printed: print(parseType(source)), error: null };
  } catch (error) {
    return { printed: null, error: { message: error.message, locations: error.locations ?? null } };
  }
}
