using KnowledgeApi.Knowledge.Database;

namespace KnowledgeApi.Server.Knowledge;

/// <summary>The knowledge base's settings, read the same way by the server and the CLI verbs.</summary>
internal sealed record KnowledgeSettings(string ConnectionString, string? SeedsPath)
{
    /// <summary>
    /// <c>ConnectionStrings:Knowledge</c> (environment: <c>ConnectionStrings__Knowledge</c>),
    /// default <see cref="KnowledgeDatabase.DefaultConnectionString"/>; <c>Knowledge:SeedsPath</c>,
    /// default: the repository's <c>seeds/</c> found from the current directory.
    /// </summary>
    public static KnowledgeSettings From(IConfiguration configuration) => new(
        configuration.GetConnectionString("Knowledge") is { Length: > 0 } connectionString ? connectionString : KnowledgeDatabase.DefaultConnectionString,
        configuration["Knowledge:SeedsPath"]);
}
