namespace KnowledgeApi.GraphQL.Language;

/// <summary>The three kinds of operation.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
