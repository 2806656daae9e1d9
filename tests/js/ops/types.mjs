// Type-system operations: graphql-js reads SDL our printer wrote, and prints or validates it.
import { buildSchema, printSchema, validateSchema } from 'graphql';

// printSchema(buildSchema(sdl)): graphql-js's own rendering of the same schema.
export function printSchemaRoundTrip({ sdl }) {
  return printSchema(buildSchema(sdl));
}

// The messages of graphql-js's type-system validation (empty when the schema is valid).
export function validateSchemaSdl({ sdl }) {
  const schema = buildSchema(sdl, { assumeValid: true, assumeValidSDL: true });
  return validateSchema(schema).map((error) => error.message);
}
