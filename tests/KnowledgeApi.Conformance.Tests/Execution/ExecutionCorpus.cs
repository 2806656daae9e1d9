namespace KnowledgeApi.Conformance.Tests.Execution;

/// <summary>
/// The documents both executors run: hand-written cases for each execution feature, plus shapes
/// applied to every character so fragments, abstract types and lists meet every kind of value.
/// Every document is valid (graphql-js checks that too), so only execution is compared.
/// </summary>
public static class ExecutionCorpus
{
    public sealed record Case(string Query, string? Variables = null, string? OperationName = null);

    public static IReadOnlyDictionary<string, Case> Cases { get; } = Build();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    private static Dictionary<string, Case> Build()
    {
        var cases = new Dictionary<string, Case>(StringComparer.Ordinal)
        {
            // Basics and aliases
            ["hero name"] = new("{ hero { name } }"),
            ["hero id and name"] = new("query HeroNameQuery { hero { id name } }"),
            ["hero friends"] = new("{ hero { id name friends { name } } }"),
            ["friends of friends"] = new("{ hero { name friends { name appearsIn friends { name } } } }"),
            ["aliases"] = new("""{ luke: human(id: "1000") { name } leia: human(id: "1003") { name } }"""),
            ["same field twice merged"] = new("""{ human(id: "1000") { name name id } }"""),
            ["alias and field merged with fragment"] = new("""{ human(id: "1000") { n: name ... on Human { n: name homePlanet } } }"""),
            ["unknown id is null"] = new("""{ human(id: "9999") { name } }"""),
            ["enum argument"] = new("{ hero(episode: EMPIRE) { name } }"),
            ["enum argument jedi"] = new("{ hero(episode: JEDI) { name } }"),
            ["enum list output"] = new("""{ human(id: "1004") { appearsIn } }"""),
            ["float output"] = new("""{ human(id: "1000") { height } s: search(text: "X-") { ... on Starship { length } } }"""),
            ["typename everywhere"] = new("{ __typename hero { __typename friends { __typename } } }"),
            ["characters list"] = new("{ characters { id name } }"),

            // Fragments
            ["named fragment"] = new("""query { luke: human(id: "1000") { ...HumanFields } leia: human(id: "1003") { ...HumanFields } } fragment HumanFields on Human { name homePlanet }"""),
            ["nested fragments"] = new("""{ hero { ...A } } fragment A on Character { name ...B } fragment B on Character { id friends { ...C } } fragment C on Character { name }"""),
            ["fragment on interface"] = new("{ characters { ...CharacterName } } fragment CharacterName on Character { name }"),
            ["fragment on union"] = new("""{ search(text: "a") { ...Found } } fragment Found on SearchResult { __typename ... on Starship { name length } ... on Human { name } }"""),
            ["inline fragments on interface"] = new("{ characters { name ... on Human { homePlanet } ... on Droid { primaryFunction } } }"),
            ["inline fragment without type"] = new("{ hero { ... { name } } }"),
            ["fragment spread twice"] = new("{ hero { ...N ...N } } fragment N on Character { name }"),
            ["fragment in fragment on union"] = new("""{ search(text: "o") { ... on Character { ...CharBits } ... on Starship { id } } } fragment CharBits on Character { id name }"""),
            ["field order across fragments"] = new("""{ human(id: "1002") { ... on Character { id } name ... on Human { height id } } }"""),

            // Directives
            ["skip true"] = new("{ hero { name id @skip(if: true) } }"),
            ["skip false"] = new("{ hero { name id @skip(if: false) } }"),
            ["include false"] = new("{ hero { name id @include(if: false) } }"),
            ["include variable"] = new("query ($with: Boolean!) { hero { name friends @include(if: $with) { name } } }", """{"with": true}"""),
            ["include variable false"] = new("query ($with: Boolean!) { hero { name friends @include(if: $with) { name } } }", """{"with": false}"""),
            ["skip and include together"] = new("query ($a: Boolean!, $b: Boolean!) { hero { id @skip(if: $a) @include(if: $b) name } }", """{"a": false, "b": true}"""),
            ["skip on fragment spread"] = new("query ($s: Boolean!) { hero { ...F @skip(if: $s) id } } fragment F on Character { name }", """{"s": true}"""),
            ["skip on inline fragment"] = new("{ hero { ... on Droid @skip(if: true) { primaryFunction } name } }"),
            ["skip default variable"] = new("query ($s: Boolean = true) { hero { name @skip(if: $s) id } }"),

            // Variables and arguments
            ["variable id"] = new("query ($id: ID!) { human(id: $id) { name } }", """{"id": "1002"}"""),
            ["variable enum"] = new("query ($ep: Episode) { hero(episode: $ep) { name } }", """{"ep": "EMPIRE"}"""),
            ["variable enum null"] = new("query ($ep: Episode) { hero(episode: $ep) { name } }", """{"ep": null}"""),
            ["variable enum missing"] = new("query ($ep: Episode) { hero(episode: $ep) { name } }"),
            ["variable default"] = new("query ($ep: Episode = EMPIRE) { hero(episode: $ep) { name } }"),
            ["echo default"] = new("{ echo }"),
            ["echo explicit null"] = new("{ echo(text: null) }"),
            ["echo value"] = new("""{ echo(text: "hello") }"""),
            ["echo variable missing uses argument default"] = new("query ($t: String) { echo(text: $t) }"),
            ["echo variable null"] = new("query ($t: String) { echo(text: $t) }", """{"t": null}"""),
            ["echo variable default"] = new("""query ($t: String = "from variable") { echo(text: $t) }"""),
            ["echo unicode"] = new("""{ echo(text: "caf\u00e9 \u2603") }"""),
            ["sum list"] = new("{ sum(numbers: [1, 2, 3]) }"),
            ["sum single value becomes list"] = new("{ sum(numbers: 4) }"),
            ["sum variable list"] = new("query ($n: [Int!]) { sum(numbers: $n) }", """{"n": [5, 6]}"""),
            ["sum variable single"] = new("query ($n: [Int!]) { sum(numbers: $n) }", """{"n": 9}"""),
            ["sum variable inside list"] = new("query ($n: Int!) { sum(numbers: [$n, 1]) }", """{"n": 2}"""),
            ["sum omitted"] = new("{ sum }"),
            ["heroes enum list"] = new("{ heroes(episodes: [EMPIRE, JEDI]) { name } }"),
            ["heroes single enum"] = new("{ heroes(episodes: EMPIRE) { name } }"),
            ["heroes variable list"] = new("query ($e: [Episode!]) { heroes(episodes: $e) { name } }", """{"e": ["NEW_HOPE", "EMPIRE"]}"""),
            ["review literal"] = new("""{ review(input: { stars: 4, commentary: "good", tags: ["a", "b"] }) { stars commentary tags } }"""),
            ["review single tag"] = new("""{ review(input: { stars: 3, tags: "solo" }) { stars commentary tags } }"""),
            ["review variable object"] = new("query ($r: ReviewInput!) { review(input: $r) { stars commentary tags } }", """{"r": {"stars": 5, "commentary": "great"}}"""),
            ["review variable fields"] = new("query ($s: Int!, $c: String) { review(input: { stars: $s, commentary: $c }) { stars commentary } }", """{"s": 1, "c": "meh"}"""),
            ["review variable field missing"] = new("query ($s: Int!, $c: String) { review(input: { stars: $s, commentary: $c }) { stars commentary } }", """{"s": 2}"""),
            ["operation name picks"] = new("query A { hero { id } } query B { hero { name } }", null, "B"),
            ["operation name picks first"] = new("query A { hero { id } } query B { hero { name } }", null, "A"),

            // Abstract types
            ["search union"] = new("""{ search(text: "o") { __typename ... on Human { name } ... on Droid { name } ... on Starship { name } } }"""),
            ["search nothing"] = new("""{ search(text: "zzz") { __typename } }"""),
            ["search typename only"] = new("""{ search(text: "a") { __typename } }"""),
            ["interface list with typenames"] = new("{ characters { __typename ... on Droid { primaryFunction } } }"),
            ["friends types"] = new("""{ human(id: "1000") { friends { __typename name ... on Droid { primaryFunction } } } }"""),

            // Async
            ["slow hero"] = new("{ slowHero { name } hero { name } }"),
            ["slow names"] = new("{ characters { ... on Droid { slowName } } }"),
            ["slow and friends"] = new("{ slowHero { name friends { name ... on Droid { slowName } } } }"),

            // Errors
            ["resolver throws nullable"] = new("{ failing hero { name } }"),
            ["secret backstory"] = new("{ hero(episode: EMPIRE) { name ... on Human { secretBackstory } } }"),
            ["secret backstory in list"] = new("{ characters { name ... on Human { secretBackstory } } }"),
            ["secret backstory aliased"] = new("""{ luke: human(id: "1000") { name story: secretBackstory } }"""),
            ["non-null field null"] = new("""{ droid(id: "2001") { name nonNullFailing } }"""),
            ["non-null field null in list"] = new("{ characters { name ... on Droid { nonNullFailing } } }"),
            ["broken friends list"] = new("""{ human(id: "1000") { name brokenFriends { name } } }"""),
            ["broken friends and others"] = new("""{ human(id: "1003") { name brokenFriends { name } friends { name } } }"""),
            ["errors with fragments"] = new("""{ human(id: "1002") { ...F } } fragment F on Human { name secretBackstory }"""),
            ["errors at depth"] = new("""{ hero(episode: EMPIRE) { friends { ... on Human { secretBackstory } } } }"""),
            ["non-null at depth"] = new("""{ human(id: "1000") { friends { name ... on Droid { nonNullFailing } } } }"""),

            // Mutations
            ["mutation"] = new("""mutation { createReview(episode: JEDI, review: { stars: 5, commentary: "Great!" }) { stars commentary } }"""),
            ["mutation with variables"] = new("mutation ($ep: Episode!, $r: ReviewInput!) { createReview(episode: $ep, review: $r) { stars commentary tags } }", """{"ep": "EMPIRE", "r": {"stars": 2, "commentary": "dark", "tags": ["x"]}}"""),
            ["mutations aliased in order"] = new("""mutation { a: createReview(episode: NEW_HOPE, review: { stars: 1 }) { commentary } b: createReview(episode: JEDI, review: { stars: 2 }) { stars } }"""),

            // Variable errors: both refuse before execution
            ["missing required variable"] = new("query ($id: ID!) { human(id: $id) { name } }"),
            ["null required variable"] = new("query ($id: ID!) { human(id: $id) { name } }", """{"id": null}"""),
            ["bad enum variable"] = new("query ($ep: Episode) { hero(episode: $ep) { name } }", """{"ep": "FORCE_AWAKENS"}"""),
            ["bad int variable"] = new("query ($n: [Int!]) { sum(numbers: $n) }", """{"n": [1, "two"]}"""),
            ["missing input field variable"] = new("query ($r: ReviewInput!) { review(input: $r) { stars } }", """{"r": {"commentary": "no stars"}}"""),
        };

        // Every character through shapes that mix fragments, abstract types and lists.
        string[] ids = ["1000", "1001", "1002", "1003", "1004", "2000", "2001"];
        string[] shapes =
        [
            """{ human(id: "ID") { name homePlanet height friends { name } } }""",
            """{ droid(id: "ID") { name primaryFunction friends { __typename id } } }""",
            """query ($id: ID!) { human(id: $id) { ...H } droid(id: $id) { ...D } } fragment H on Human { id name appearsIn } fragment D on Droid { id name appearsIn }""",
            """{ human(id: "ID") { friends { ... on Human { name homePlanet } ... on Droid { name primaryFunction } } } }""",
            """{ droid(id: "ID") { friends { name friends { ... on Droid { id } } } } }""",
            """{ h: human(id: "ID") { __typename id } d: droid(id: "ID") { __typename id } }""",
            """{ human(id: "ID") { ... on Character { name friends { ... on Character { id } } } } }""",
            """query ($id: ID!, $deep: Boolean!) { human(id: $id) { name friends @include(if: $deep) { name friends { name } } } }""",
        ];
        for (var s = 0; s < shapes.Length; s++)
        {
            foreach (var id in ids)
            {
                var query = shapes[s].Replace("\"ID\"", $"\"{id}\"", StringComparison.Ordinal);
                var variables = query.Contains("$deep", StringComparison.Ordinal)
                    ? $$"""{"id": "{{id}}", "deep": {{(id[^1] is '0' or '2' ? "true" : "false")}}}"""
                    : query.Contains("$id", StringComparison.Ordinal) ? $$"""{"id": "{{id}}"}""" : null;
                cases[$"shape {s} for {id}"] = new(query, variables);
            }
        }

        return cases;
    }
}
