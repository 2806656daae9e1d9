using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>How to create one kind of DataLoader for a request; added by <c>AddDataLoader</c>.</summary>
public sealed record DataLoaderRegistration(Type ServiceType, Func<IServiceProvider, IBatchScheduler, object> Create);
