using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Tests.Validation.Harness;
using KnowledgeApi.GraphQL.Validation;
using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

/// <summary>
/// Documents built to make a validator slow or crash are refused (or accepted) with a normal
/// result: no stack overflow, no exception. How fast is measured by the benchmarks, not here.
/// </summary>
public sealed class HostileDocumentTests
{
    [Fact]
    public void Ten_thousand_aliases_of_one_field_are_valid()
    {
        var document = "{ dog { " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: name ")) + "} }";

        ExpectValid(document);
    }

    [Fact]
    public void A_two_fragment_cycle_is_reported_once_per_fragment_and_nothing_loops() =>
        ExpectErrors("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A name }", "1:38 1:65");

    [Fact]
    public void A_chain_of_a_thousand_fragments_without_a_cycle_is_valid()
    {
        var fragments = string.Concat(Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Dog {{ name ...F{i + 1} }}\n"));

        ExpectValid("{ dog { ...F0 } }\n" + fragments + "fragment F1000 on Dog { name }");
    }

    [Fact]
    public void A_cycle_through_ten_thousand_fragments_is_reported_without_overflowing_the_stack()
    {
        var fragments = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"fragment F{i} on Dog {{ ...F{(i + 1) % 10_000} }}\n"));
        var document = Parser.Parse("{ dog { ...F0 } }\n" + fragments, ParserOptions.Default with { MaxTokens = 1_000_000 });

        var result = new DocumentValidator().Validate(ValidationTestSchema.Instance, document);

        Assert.Contains(result.Errors, e => e.Locations.Count == 10_000);
    }

    [Fact]
    public void Selections_nested_deeper_than_the_stack_allows_are_refused_with_an_error()
    {
        // Built in code: the parser itself refuses such depth long before (its MaxDepth).
        var location = new Location(0, 1, 1, 1);
        SelectionSetNode selections = new(location, [new FieldNode(location, null, new NameNode(location, "name"), [], [], null)]);
        for (var i = 0; i < 100_000; i++)
        {
            selections = new SelectionSetNode(location, [new FieldNode(location, null, new NameNode(location, "mother"), [], [], selections)]);
        }

        var dog = new FieldNode(location, null, new NameNode(location, "dog"), [], [], selections);
        var document = new DocumentNode(location, [new OperationDefinitionNode(location, OperationType.Query, null, [], [], new SelectionSetNode(location, [dog]))]);

        var result = new DocumentValidator().Validate(ValidationTestSchema.Instance, document);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Selections_as_deep_as_the_parser_allows_are_validated()
    {
        const int depth = 60;
        var text = "{ dog " + string.Concat(Enumerable.Repeat("{ mother ", depth)) + "{ name }" + string.Concat(Enumerable.Repeat(" }", depth)) + " }";

        ExpectValid(text);
    }

    [Fact]
    public void A_chain_of_ten_thousand_fragments_that_all_select_fields_is_refused_as_too_costly()
    {
        var fragments = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"fragment F{i} on Dog {{ name ...F{i + 1} }}\n"));
        var document = Parser.Parse("{ dog { ...F0 } }\n" + fragments + "fragment F10000 on Dog { name }", ParserOptions.Default with { MaxTokens = 1_000_000 });

        var result = new DocumentValidator().Validate(ValidationTestSchema.Instance, document);

        Assert.Contains("too many fields and fragments", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
