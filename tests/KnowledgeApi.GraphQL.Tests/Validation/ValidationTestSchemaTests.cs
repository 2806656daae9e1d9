using KnowledgeApi.GraphQL.Tests.Validation.Harness;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class ValidationTestSchemaTests
{
    [Fact]
    public void The_test_schema_has_every_feature_the_rules_need()
    {
        var sdl = SchemaPrinter.Print(ValidationTestSchema.Instance);

        Assert.Contains("interface Pet implements Being", sdl, StringComparison.Ordinal);
        Assert.Contains("union CatOrDog = ", sdl, StringComparison.Ordinal);
        Assert.Contains("input PetFinderInput @oneOf", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @tag(name: String!) repeatable on", sdl, StringComparison.Ordinal);
        Assert.Contains("nonNullField: Boolean! = false", sdl, StringComparison.Ordinal);
        Assert.Null(ValidationTestSchema.Instance.SubscriptionType);
        Assert.NotNull(ValidationTestSchema.WithSubscriptions.SubscriptionType);
    }
}
