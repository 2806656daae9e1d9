// Validation operations: graphql-js 16 validates documents against SDL our printer wrote, with
// its specifiedRules plus the operation-type-existence rule (in the spec draft and graphql-js
// 17, not in 16), so verdicts and error locations can be compared with ours.
import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';

const schemas = new Map();

function schemaFor(sdl) {
  let schema = schemas.get(sdl);
  if (!schema) {
    schema = buildSchema(sdl);
    schemas.set(sdl, schema);
  }
  return schema;
}

// Not exported: the worker registers every exported function as an operation.
function operationTypeExistenceRule(context) {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
      }
    },
  };
}

export const validationRules = () => [...specifiedRules, operationTypeExistenceRule].map((rule) => rule.name);

// For each document: its errors ({message, locations}) or {parseError}.
export function validateDocuments({ sdl, documents }) {
  const schema = schemaFor(sdl);
  return documents.map((text) => {
    let document;
    try {
      document = parse(text);
    } catch (error) {
      return { parseError: error.message };
    }
    const errors = validate(schema, document, [...specifiedRules, operationTypeExistenceRule], { maxErrors: 1000 });
    return { errors: errors.map((e) => ({ message: e.message, locations: e.locations ?? [] })) };
  });
}
