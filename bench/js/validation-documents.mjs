// The documents of the validation benchmarks, built the same way by
// bench/KnowledgeApi.Benchmarks/Validation/ValidationDocuments.cs (the .NET side compares its
// text with this module's output in a test-free way: both write the same strings).

// A large valid query on the validation test schema: many aliased root fields, arguments of
// every kind, nested selections, fragments and inline fragments, directives and variables.
export function largeValidationQuery() {
  const parts = ['query Large($flag: Boolean!, $color: FurColor, $input: PetInput!, $n: Int = 3) {'];
  for (let i = 0; i < 100; i++) {
    parts.push(`  d${i}: dog {
    ...DogFields
    fullName: name(surname: true)
    kind: __typename
    isAtLocation(x: ${i}, y: $n)
    doesKnowCommand(dogCommand: SIT) @include(if: $flag)
    mother { ...DogFields father { name barks } }
  }
  h${i}: human(id: "${i}") {
    name
    pets { name ... on Dog { barkVolume } ... on Cat { meows furColor } }
    relatives { iq ... on Person { mother { ... on Dog { name } } } }
  }
  a${i}: arguments {
    complexArgField(complexArg: { requiredField: true, intField: ${i}, stringListField: ["a", "b"], color: $color })
    oneOfArgField(oneOfArg: { byShape: $input })
    multipleOptAndReq(req1: ${i}, req2: $n, opt1: 2)
    stringListNonNullArgField(stringListNonNullArg: ["x", "y"])
  }
  c${i}: catOrDog { ... on Cat { name meowVolume } ... on Dog @tag(name: "x") @tag(name: "y") { nickname } }`);
}
  parts.push('}');
  parts.push('fragment DogFields on Dog { name nickname barks barkVolume isHouseTrained(atOtherHomes: false) }');
  return parts.join('\n') + '\n';
}

export function hostileDocuments() {
  const aliases = [];
  for (let i = 0; i < 10_000; i++) aliases.push(`a${i}: name`);
  const chain = ['{ dog { ...F0 } }'];
  for (let i = 0; i < 1000; i++) chain.push(`fragment F${i} on Dog { name ...F${i + 1} }`);
  chain.push('fragment F1000 on Dog { name }');
  const cycle = ['{ dog { ...C0 } }'];
  for (let i = 0; i < 1000; i++) cycle.push(`fragment C${i} on Dog { ...C${(i + 1) % 1000} }`);
  const depth = 60;
  return {
    aliases10000: `{ dog { ${aliases.join(' ')} } }`,
    chain1000: chain.join('\n'),
    cycle1000: cycle.join('\n'),
    nested60: `{ dog ${'{ mother '.repeat(depth)}{ name }${' }'.repeat(depth)} }`,
  };
}
