namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>
/// A speaker the article describes without naming ("a relative of the slain women and children").
/// It exists only in the API: the knowledge base keeps the description on the quotation itself.
/// </summary>
internal sealed record UnnamedSpeaker(string Name);
