// Execution operations: graphql-js executes the same documents on the schema we print, with
// resolvers equivalent to the C# ones (tests/KnowledgeApi.Conformance.Tests/Execution/StarWarsSchema.cs)
// over the same data, so the two executors can be compared answer by answer.
import { buildSchema, execute, parse, validate } from 'graphql';

const schemas = new Map();

function starWarsSchema(sdl, data) {
  const key = sdl + JSON.stringify(data);
  if (schemas.has(key)) return schemas.get(key);
  const schema = buildSchema(sdl);
  const characters = [...data.humans, ...data.droids];
  const byId = new Map(characters.map((c) => [c.id, c]));
  const hero = (episode) => (episode === 'EMPIRE' ? byId.get('1000') : byId.get('2001'));
  const friends = (c) => c.friendIds.map((id) => byId.get(id) ?? null);
  const resolvers = {
    Query: {
      hero: (_, { episode }) => hero(episode),
      heroes: (_, { episodes }) => (episodes ?? []).map(hero),
      human: (_, { id }) => data.humans.find((h) => h.id === id) ?? null,
      droid: (_, { id }) => data.droids.find((d) => d.id === id) ?? null,
      characters: () => characters,
      search: (_, { text }) => [...data.humans, ...data.droids, ...data.starships].filter((x) => x.name.includes(text)),
      echo: (_, { text }) => (text === null ? '<null>' : text),
      sum: (_, { numbers }) => (numbers == null ? null : numbers.reduce((a, b) => a + b, 0)),
      review: (_, { input }) => ({ stars: input.stars, commentary: input.commentary ?? null, tags: input.tags ?? null }),
      slowHero: async () => { await new Promise((r) => setTimeout(r, 1)); return byId.get('1000'); },
      failing: () => { throw new Error('failing fails.'); },
    },
    Mutation: {
      createReview: (_, { episode, review }) => ({
        stars: review.stars,
        commentary: `${episodeClrName(episode)}:${review.commentary ?? ''}`,
        tags: review.tags ?? null,
      }),
    },
    Human: {
      friends,
      secretBackstory: () => { throw new Error('secretBackstory is secret.'); },
      brokenFriends: (h) => [byId.get(h.friendIds[0]), null],
    },
    Droid: {
      friends,
      nonNullFailing: () => null,
      slowName: async (d) => d.name,
    },
  };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`the schema has no type ${typeName}`);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`the type ${typeName} has no field ${fieldName}`);
      field.resolve = resolve;
    }
  }
  schemas.set(key, schema);
  return schema;
}

// C# interpolates an enum value with its member name (NewHope), so the mirror does too.
function episodeClrName(episode) {
  return { NEW_HOPE: 'NewHope', EMPIRE: 'Empire', JEDI: 'Jedi' }[episode];
}

// Executes one document; answers {data (JSON text or absent), errors: [{path, locations}], validationErrors}.
export async function executeStarWars({ sdl, data, query, variables, operationName }) {
  const schema = starWarsSchema(sdl, data);
  const document = parse(query);
  const validationErrors = validate(schema, document).map((e) => e.message);
  const result = await execute({ schema, document, variableValues: variables ?? undefined, operationName: operationName ?? undefined });
  return {
    hasData: 'data' in result,
    data: 'data' in result ? JSON.stringify(result.data) : null,
    errors: (result.errors ?? []).map((e) => ({ path: e.path ?? null, locations: e.locations ?? null, message: e.message })),
    validationErrors,
  };
}
