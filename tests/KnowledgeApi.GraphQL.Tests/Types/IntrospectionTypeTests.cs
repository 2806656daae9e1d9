using KnowledgeApi.GraphQL.Tests.CodeFirst;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Types;

/// <summary>The introspection types' resolvers, run over the newsroom schema model through the resolver contract.</summary>
public sealed class IntrospectionTypeTests
{
    private static readonly Schema Schema = NewsroomSchema.Create();

    [Fact]
    public void The_introspection_types_have_every_field_graphql_js_asks_for()
    {
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            Schema.GetType<ObjectType>("__Type").Fields.Select(f => f.Name));
        Assert.Equal(
            ["description", "types", "queryType", "mutationType", "subscriptionType", "directives"],
            Schema.GetType<ObjectType>("__Schema").Fields.Select(f => f.Name));
        Assert.Equal(["name", "description", "isRepeatable", "locations", "args"], Schema.GetType<ObjectType>("__Directive").Fields.Select(f => f.Name));
        Assert.Equal("includeDeprecated: Boolean = false", Describe(Schema.GetType<ObjectType>("__Field").Fields["args"].Arguments[0]));
        Assert.Equal("includeDeprecated: Boolean = false", Describe(Schema.GetType<ObjectType>("__Type").Fields["inputFields"].Arguments[0]));
        Assert.Equal("includeDeprecated: Boolean = false", Describe(Schema.GetType<ObjectType>("__Directive").Fields["args"].Arguments[0]));
    }

    [Fact]
    public void Schema_fields_expose_root_types_all_types_and_directives()
    {
        Assert.Same(Schema.QueryType, Resolve("__Schema", "queryType", Schema));
        Assert.Same(Schema.MutationType, Resolve("__Schema", "mutationType", Schema));
        Assert.Null(Resolve("__Schema", "subscriptionType", Schema));
        var types = Assert.IsAssignableFrom<IEnumerable<INamedType>>(Resolve("__Schema", "types", Schema));
        Assert.Contains(types, t => t.Name == "Article");
        Assert.Contains(types, t => t.Name == "__Schema");
        var directives = Assert.IsAssignableFrom<IEnumerable<DirectiveType>>(Resolve("__Schema", "directives", Schema));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf", "cacheControl"], directives.Select(d => d.Name));
    }

    [Fact]
    public void Deprecated_fields_are_listed_only_when_asked_for()
    {
        var article = Schema.GetType("Article");

        var current = (IEnumerable<OutputField>)Resolve("__Type", "fields", article)!;
        var all = (IEnumerable<OutputField>)Resolve("__Type", "fields", article, ("includeDeprecated", true))!;

        Assert.DoesNotContain(current, f => f.Name == "author");
        Assert.Contains(all, f => f.Name == "author" && f.DeprecationReason == "Use authors.");
    }

    [Fact]
    public void Deprecated_input_fields_and_enum_values_are_filtered_the_same_way()
    {
        var input = Schema.GetType("PublishArticleInput");
        var section = Schema.GetType("Section");

        Assert.DoesNotContain((IEnumerable<InputValue>)Resolve("__Type", "inputFields", input)!, f => f.Name == "category");
        Assert.Contains((IEnumerable<InputValue>)Resolve("__Type", "inputFields", input, ("includeDeprecated", true))!, f => f.Name == "category");
        Assert.DoesNotContain((IEnumerable<EnumValue>)Resolve("__Type", "enumValues", section)!, v => v.Name == "SPORTS");
        Assert.Contains((IEnumerable<EnumValue>)Resolve("__Type", "enumValues", section, ("includeDeprecated", true))!, v => v.Name == "SPORTS");
    }

    [Fact]
    public void Wrapper_types_report_their_kind_and_what_they_wrap()
    {
        var tags = Schema.GetType<ObjectType>("Article").Fields["tags"].Type;

        Assert.Equal(TypeKind.NonNull, Resolve("__Type", "kind", tags));
        Assert.Null(Resolve("__Type", "name", tags));
        var list = Assert.IsType<ListType>(Resolve("__Type", "ofType", tags));
        Assert.Equal(TypeKind.List, Resolve("__Type", "kind", list));
        Assert.Equal("String!", ((IType)Resolve("__Type", "ofType", list)!).Print());
        Assert.Null(Resolve("__Type", "fields", tags));
    }

    [Fact]
    public void Default_values_are_printed_as_graphql_literals()
    {
        var quotations = Schema.GetType<ObjectType>("Article").Fields["quotations"];
        var options = Schema.GetType<InputObjectType>("SearchOptionsInput");

        Assert.Equal("DIRECT_SPEECH", Resolve("__InputValue", "defaultValue", quotations.Arguments["kind"]));
        Assert.Null(Resolve("__InputValue", "defaultValue", quotations.Arguments["limit"]));
        Assert.Equal("20", Resolve("__InputValue", "defaultValue", options.Fields["limit"]));
        Assert.Equal("60", Resolve("__InputValue", "defaultValue", Directive("cacheControl").Arguments["maxAge"]));
    }

    [Fact]
    public void Scalars_report_their_specification_url_and_inputs_whether_they_are_one_of()
    {
        Assert.Equal("https://www.graphql-scalars.com/date-time", Resolve("__Type", "specifiedByURL", Schema.GetType("DateTime")));
        Assert.Null(Resolve("__Type", "specifiedByURL", Schema.GetType("String")));
        Assert.Equal(true, Resolve("__Type", "isOneOf", Schema.GetType("ArticleReferenceInput")));
        Assert.Equal(false, Resolve("__Type", "isOneOf", Schema.GetType("PublishArticleInput")));
        Assert.Null(Resolve("__Type", "isOneOf", Schema.GetType("Article")));
    }

    [Fact]
    public void Abstract_types_list_their_possible_types_and_objects_their_interfaces()
    {
        var union = (IEnumerable<ObjectType>)Resolve("__Type", "possibleTypes", Schema.GetType("SearchResult"))!;
        var entity = (IEnumerable<ObjectType>)Resolve("__Type", "possibleTypes", Schema.GetType("Entity"))!;
        var interfaces = (IEnumerable<InterfaceType>)Resolve("__Type", "interfaces", Schema.GetType("Person"))!;

        Assert.Equal(["Person", "Organization", "Article"], union.Select(t => t.Name));
        Assert.Equal(["Person", "Organization"], entity.Select(t => t.Name));
        Assert.Equal(["Entity"], interfaces.Select(t => t.Name));
        Assert.Null(Resolve("__Type", "possibleTypes", Schema.GetType("Person")));
    }

    [Fact]
    public void Directives_report_locations_arguments_and_repeatability()
    {
        var directive = Directive("cacheControl");

        Assert.Equal([DirectiveLocation.Object, DirectiveLocation.FieldDefinition], (IEnumerable<DirectiveLocation>)Resolve("__Directive", "locations", directive)!);
        Assert.Equal(false, Resolve("__Directive", "isRepeatable", directive));
        Assert.Equal(["maxAge", "scope"], ((IEnumerable<InputValue>)Resolve("__Directive", "args", directive)!).Select(a => a.Name));
    }

    [Fact]
    public async Task The_meta_fields_resolve_the_schema_a_type_by_name_and_the_type_name()
    {
        var meta = Schema.MetaFields;
        var typeContext = new FakeResolverContext(Schema, Schema.QueryType, meta.TypeField);
        typeContext.Arguments["name"] = "Quotation";
        var missingContext = new FakeResolverContext(Schema, Schema.QueryType, meta.TypeField);
        missingContext.Arguments["name"] = "Nope";
        var person = Schema.GetType<ObjectType>("Person");

        Assert.Same(Schema, await meta.SchemaField.Resolver(new FakeResolverContext(Schema, Schema.QueryType, meta.SchemaField)));
        Assert.Same(Schema.GetType("Quotation"), await meta.TypeField.Resolver(typeContext));
        Assert.Null(await meta.TypeField.Resolver(missingContext));
        Assert.Equal("Person", await meta.TypeNameField.Resolver(new FakeResolverContext(Schema, person, meta.TypeNameField)));
        Assert.Equal("__Schema!", meta.SchemaField.Type.Print());
        Assert.Equal("__type(name: String!): __Type", $"{meta.TypeField.Name}({Describe(meta.TypeField.Arguments[0])}): {meta.TypeField.Type.Print()}");
    }

    private static object? Resolve(string typeName, string fieldName, object parent, params (string Name, object? Value)[] arguments)
    {
        var context = FakeResolverContext.For(Schema, typeName, fieldName, parent);
        foreach (var (name, value) in arguments)
        {
            context.Arguments[name] = value;
        }

        return context.Field.PureResolver!(context);
    }

    private static DirectiveType Directive(string name) => Schema.TryGetDirective(name, out var directive) ? directive : throw new KeyNotFoundException(name);

    private static string Describe(InputValue value) =>
        $"{value.Name}: {value.Type.Print()}" + (value.DefaultValue is { } d ? " = " + ValueLiteralPrinter.Print(d) : string.Empty);
}
