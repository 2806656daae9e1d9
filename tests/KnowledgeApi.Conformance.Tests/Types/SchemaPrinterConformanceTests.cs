using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Types;

/// <summary>
/// Our SDL must be exactly what graphql-js prints for the schema it reads from that SDL:
/// same layout, descriptions, default values, deprecations and directive definitions.
/// (The buildClientSchema comparison of our introspection result comes with the executor.)
/// </summary>
public sealed class SchemaPrinterConformanceTests
{
    [Fact]
    public async Task Printed_sdl_of_a_schema_with_every_kind_equals_graphql_js_printSchema()
    {
        var sdl = SchemaPrinter.Print(KitchenSinkSchema.Create());

        var reprinted = (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl })).GetString();

        Assert.Equal(reprinted, sdl);
    }

    [Fact]
    public async Task Renamed_roots_and_a_schema_description_print_a_schema_definition_as_graphql_js_does()
    {
        var sdl = SchemaPrinter.Print(KitchenSinkSchema.Create(o =>
        {
            o.QueryTypeName = "Root";
            o.MutationTypeName = "Changes";
            o.Description = "The kitchen sink.";
        }));

        var reprinted = (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl })).GetString();

        Assert.Contains("schema {\n  query: Root\n  mutation: Changes\n}", sdl, StringComparison.Ordinal);
        Assert.Equal(reprinted, sdl);
    }

    [Fact]
    public async Task Graphql_js_finds_nothing_wrong_with_the_printed_schema()
    {
        var sdl = SchemaPrinter.Print(KitchenSinkSchema.Create());

        var errors = await GraphQLJs.Shared.CallAsync("validateSchemaSdl", new { sdl });

        Assert.Empty(errors.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_kind_of_type_and_every_deprecation_place_occurs_in_the_conformance_schema()
    {
        var schema = KitchenSinkSchema.Create();
        var kinds = schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(t => t.Kind).ToHashSet();
        var sdl = SchemaPrinter.Print(schema);

        Assert.Equal(6, kinds.Count);
        Assert.Contains("implements Node", sdl, StringComparison.Ordinal);
        Assert.Contains(" @oneOf", sdl, StringComparison.Ordinal);
        Assert.Contains("repeatable on", sdl, StringComparison.Ordinal);
        Assert.Contains("polite: Boolean = null @deprecated(reason:", sdl, StringComparison.Ordinal);
        Assert.Contains("layers: Int @deprecated(reason:", sdl, StringComparison.Ordinal);
        Assert.Contains("GRAY @deprecated\n", sdl, StringComparison.Ordinal);
        Assert.Contains("@specifiedBy(url:", sdl, StringComparison.Ordinal);
    }
}
