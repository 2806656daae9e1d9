// Type-system operations: graphql-js reads SDL our printer wrote, and prints or validates it.
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, validateSchema } from 'graphql';

// printSchema(buildSchema(sdl)): graphql-js's own rendering of the same schema.
export function printSchemaRoundTrip({ sdl }) {
  return printSchema(buildSchema(sdl));
}

// The messages of graphql-js's type-system validation (empty when the schema is valid).
export function validateSchemaSdl({ sdl }) {
  const schema = buildSchema(sdl, { assumeValid: true, assumeValidSDL: true });
  return validateSchema(schema).map((error) => error.message);
}

// The introspection query graphql-js clients send, with every optional part switched on.
export function fullIntrospectionQuery() {
  return getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
}

// printSchema(buildClientSchema(result)): the SDL a client reconstructs from an introspection result.
export function introspectionToSdl({ introspection }) {
  return printSchema(buildClientSchema(introspection));
}
