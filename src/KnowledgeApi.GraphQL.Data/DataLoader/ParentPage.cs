namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>The first page of one parent's children, and whether more children follow it.</summary>
public sealed record ParentPage<TChild>(IReadOnlyList<TChild> Items, bool HasNextPage);
