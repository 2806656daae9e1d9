using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Tests.CodeFirst;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Types;

/// <summary>What the executor asks the schema at run time: which object type a CLR value is, and how inputs become CLR objects.</summary>
public sealed class RuntimeBindingTests
{
    private static readonly Schema Schema = NewsroomSchema.Create();

    [Fact]
    public void A_result_of_a_union_resolves_to_the_object_type_of_its_clr_class()
    {
        var union = Schema.GetType<UnionType>("SearchResult");

        Assert.Equal("Article", union.ResolveConcreteType(new Article { Id = "1", Title = "t" })?.Name);
        Assert.Equal("Organization", union.ResolveConcreteType(new Organization { Id = "o", DisplayName = "UN" })?.Name);
        Assert.Null(union.ResolveConcreteType("not a search result"));
    }

    [Fact]
    public void A_result_of_an_interface_resolves_to_an_implementing_object_type()
    {
        var entity = Schema.GetType<InterfaceType>("Entity");

        Assert.Equal("Person", entity.ResolveConcreteType(new Person { Id = "p", DisplayName = "Ada" })?.Name);
        Assert.Null(entity.ResolveConcreteType(new Article { Id = "1", Title = "t" }));
    }

    [Fact]
    public void The_schema_finds_the_object_type_of_a_clr_type()
    {
        Assert.Equal("Person", Schema.GetObjectTypeForRuntimeType(typeof(Person))?.Name);
        Assert.Equal("Query", Schema.GetObjectTypeForRuntimeType(typeof(NewsroomQuery))?.Name);
        Assert.Null(Schema.GetObjectTypeForRuntimeType(typeof(string)));
    }

    [Fact]
    public void Enum_types_map_names_to_clr_values_both_ways()
    {
        var section = Schema.GetType<EnumType>("Section");

        Assert.Equal(Section.WorldNews, section.ParseLiteral(new EnumValueNode(null, "WORLD_NEWS")));
        Assert.Equal(Section.Opinion, section.ParseValue("OPINION"));
        Assert.Equal("BUSINESS", section.Serialize(Section.Business));
        Assert.Throws<LeafCoercionException>(() => section.ParseLiteral(new EnumValueNode(null, "WEATHER")));
    }

    [Fact]
    public void An_input_class_is_created_from_field_values_keeping_initial_values_for_fields_not_given()
    {
        var input = Schema.GetType<InputObjectType>("PublishArticleInput");

        var created = (PublishArticleInput)input.CreateInstance(new Dictionary<string, object?>
        {
            ["title"] = "Storm",
            ["tags"] = new List<object?> { "weather", "north" },
        });

        Assert.Equal("Storm", created.Title);
        Assert.Equal(["weather", "north"], created.Tags);
        Assert.Equal(Section.WorldNews, created.Section);
        Assert.Null(created.Subtitle);
    }

    [Fact]
    public void A_positional_record_is_created_through_its_constructor_with_its_defaults()
    {
        var input = Schema.GetType<InputObjectType>("SearchOptionsInput");

        var created = (SearchOptions)input.CreateInstance(new Dictionary<string, object?>
        {
            ["sections"] = new object?[] { Section.Business },
            ["includeRetracted"] = true,
        });

        Assert.Equal(new SearchOptions(20, created.Sections, true), created);
        Assert.Equal([Section.Business], created.Sections!);
    }
}
