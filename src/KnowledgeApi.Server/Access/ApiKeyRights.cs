namespace KnowledgeApi.Server.Access;

/// <summary>The rights a key can carry, the claim they become, and the policies that ask for them.</summary>
internal static class ApiKeyRights
{
    /// <summary>The claim type a key's rights are issued as.</summary>
    public const string ClaimType = "knowledge_right";

    /// <summary>May change the knowledge base: every mutation.</summary>
    public const string Write = "write";

    /// <summary>The policy every mutation field names in <c>[Authorize(Policy = ...)]</c>.</summary>
    public const string WritePolicy = "Write";
}
