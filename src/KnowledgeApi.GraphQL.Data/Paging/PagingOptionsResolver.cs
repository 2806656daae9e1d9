namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>Finds the global paging options: a <see cref="PagingOptions"/> in the schema's services, else the defaults.</summary>
internal static class PagingOptionsResolver
{
    public static PagingOptions Global(IServiceProvider services) =>
        (services.GetService(typeof(PagingOptions)) as PagingOptions)?.Clone() ?? new PagingOptions();
}
