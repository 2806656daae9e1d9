using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Projections;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>Global paging options through DI, and Hot Chocolate's middleware order enforced at schema build.</summary>
public sealed class PagingConfigurationTests
{
    [Fact]
    public async Task ModifyPagingOptions_sets_the_limit_every_paged_field_enforces()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddQueryType<PagedQuery>().ModifyPagingOptions(o => o.MaxPageSize = 1).ModifyPagingOptions(o => o.DefaultPageSize = 1);
        var executor = services.BuildServiceProvider().GetRequiredService<IRequestExecutor>();

        var refused = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ people(first: 2) { nodes { name } } }" });
        var defaulted = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ people { nodes { name } pageInfo { hasNextPage } } }" });

        Assert.Contains("\"maxAllowedItems\":1", refused.ToJson(), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"people":{"nodes":[{"name":"Ada"}],"pageInfo":{"hasNextPage":true}}}}""", defaulted.ToJson());
    }

    [Fact]
    public void Paging_written_inside_projection_is_refused_with_HC0050()
    {
        var error = Assert.ThrowsAny<Exception>(() => SchemaBuilder.New().AddQueryType<WrongOrderQuery>().Create());

        Assert.Contains("HC0050", error.Message, StringComparison.Ordinal);
    }

    public sealed class WrongOrderQuery
    {
        [UseProjection]
        [UsePaging]
        [UseSorting]
        public IQueryable<PagedPerson> GetPeople() => Array.Empty<PagedPerson>().AsQueryable();
    }
}
