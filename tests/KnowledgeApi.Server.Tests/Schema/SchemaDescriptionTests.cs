using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.Tests.Schema;

/// <summary>Banana Cake Pop's schema explorer shows descriptions: the knowledge graph leaves nothing unexplained.</summary>
public sealed class SchemaDescriptionTests
{
    // The data middleware adds these with Hot Chocolate's conventions, which leave them undescribed:
    // the where/order arguments, the filter and sort input types, and the shared sort direction enum.
    // The mutation conventions' `input` argument is self-explaining and its input type is described;
    // every type and field they generate (payloads, error unions, `Error`) is described and checked.
    private static readonly HashSet<string> ConventionArguments = ["where", "order", "input"];
    private static readonly HashSet<string> ConventionTypes = ["SortEnumType"];

    [Fact]
    public void Every_type_field_argument_and_enum_value_of_the_knowledge_graph_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in KnowledgeSchemaFixture.Schema.Types.Where(IsOurs))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            var fields = type switch
            {
                ObjectType o => o.Fields,
                InterfaceType i => i.Fields,
                _ => (IEnumerable<OutputField>)[],
            };
            foreach (var field in fields)
            {
                if (string.IsNullOrWhiteSpace(field.Description))
                {
                    missing.Add($"{type.Name}.{field.Name}");
                }

                missing.AddRange(field.Arguments
                    .Where(a => string.IsNullOrWhiteSpace(a.Description) && !ConventionArguments.Contains(a.Name))
                    .Select(a => $"{type.Name}.{field.Name}({a.Name}:)"));
            }

            if (type is EnumType enumType)
            {
                missing.AddRange(enumType.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.True(missing.Count == 0, "Give these a description (in our own words): " + string.Join(", ", missing));
    }

    [Fact]
    public void The_speaker_interface_is_implemented_by_people_organizations_and_unnamed_speakers()
    {
        var speaker = KnowledgeSchemaFixture.Schema.GetType<InterfaceType>("Speaker");

        Assert.Equal(["Organization", "Person", "UnnamedSpeaker"], speaker.PossibleTypes.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal("String!", speaker.Fields["name"].Type.Print());
    }

    [Fact]
    public void Search_results_are_articles_people_organizations_events_or_quotations()
    {
        var union = KnowledgeSchemaFixture.Schema.GetType<UnionType>("SearchResult");

        Assert.Equal(["Article", "Person", "Organization", "Event", "Quotation"], union.Types.Select(t => t.Name));
    }

    private static bool IsOurs(INamedType type) =>
        !type.Name.StartsWith("__", StringComparison.Ordinal) && type is not InputObjectType && !ConventionTypes.Contains(type.Name);
}
