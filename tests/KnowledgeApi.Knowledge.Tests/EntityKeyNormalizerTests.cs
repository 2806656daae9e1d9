namespace KnowledgeApi.Knowledge.Tests;

public sealed class EntityKeyNormalizerTests
{
    [Theory]
    [InlineData("Andrés Manuel López Obrador", "andres manuel lopez obrador")]
    [InlineData("  andres   manuel\tLOPEZ obrador ", "andres manuel lopez obrador")]
    [InlineData("The Washington Post", "washington post")]
    [InlineData("U.S.", "us")]
    [InlineData("O’Brien", "o'brien")]
    [InlineData("Lázaro Cárdenas", "lazaro cardenas")]
    [InlineData("Theodore", "theodore")]
    public void Names_become_case_and_accent_free_keys(string name, string key) =>
        Assert.Equal(key, EntityKeyNormalizer.Normalize(name));

    [Fact]
    public void Punctuation_alone_gives_an_empty_key() =>
        Assert.Equal(string.Empty, EntityKeyNormalizer.Normalize(" . . "));
}
