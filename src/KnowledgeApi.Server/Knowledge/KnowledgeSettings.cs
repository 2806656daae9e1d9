using KnowledgeApi.Knowledge.Database;

namespace KnowledgeApi.Server.Knowledge;

/// <summary>The knowledge base's settings, read the same way by the server and the CLI verbs.</summary>
internal sealed record KnowledgeSettings(string ConnectionString, string? SeedsPath, string? GazetteerPath = null)
{
    /// <summary>
    /// <c>ConnectionStrings:Knowledge</c> (environment: <c>ConnectionStrings__Knowledge</c>),
    /// default <see cref="KnowledgeDatabase.DefaultConnectionString"/>; <c>Knowledge:SeedsPath</c>
    /// and <c>Knowledge:GazetteerPath</c>, default: found by <see cref="KnowledgeFiles"/>.
    /// </summary>
    public static KnowledgeSettings From(IConfiguration configuration) => new(
        configuration.GetConnectionString("Knowledge") is { Length: > 0 } connectionString ? connectionString : KnowledgeDatabase.DefaultConnectionString,
        NonEmpty(configuration["Knowledge:SeedsPath"]),
        NonEmpty(configuration["Knowledge:GazetteerPath"]));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
