using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>The types and arguments <c>[UsePaging]</c> adds, against a committed SDL snapshot.</summary>
public sealed class PagingSchemaTests
{
    [Fact]
    public void Connections_are_named_after_the_field_and_share_one_PageInfo()
    {
        var schema = SchemaBuilder.New().AddQueryType<PagedQuery>().Create();

        var sdl = schema.Print();

        Snapshot.Match(sdl, "tests", "KnowledgeApi.GraphQL.Data.Tests", "Paging", "__snapshots__", "paging-schema.graphql");
        Assert.Equal("PeopleConnection", schema.QueryType.Fields["people"].Type.Print());
        Assert.Equal("BestFriendConnection", schema.QueryType.Fields["friends"].Type.Print());
    }

    [Fact]
    public void Without_backward_paging_last_and_before_are_not_arguments()
    {
        var schema = SchemaBuilder.New().AddQueryType<PagedQuery>().Create();

        var arguments = schema.QueryType.Fields["forwardOnly"].Arguments.Select(a => a.Name);

        Assert.Equal(["first", "after"], arguments);
    }

    [Fact]
    public void Global_options_from_the_services_change_every_field()
    {
        var services = new OptionsServices(new PagingOptions { IncludeNodesField = false, IncludeTotalCount = false });

        var schema = SchemaBuilder.New().AddServices(services).AddQueryType<PagedQuery>().Create();

        var connection = (ObjectType)schema.GetType("PeopleConnection");
        Assert.Equal(["pageInfo", "edges"], connection.Fields.Select(f => f.Name));
    }

    private sealed class OptionsServices(PagingOptions options) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(PagingOptions) ? options : null;
    }
}

public sealed class PagedPerson
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Nickname { get; set; }
}

public sealed class PagedQuery
{
    private static readonly PagedPerson[] People = [new() { Id = 1, Name = "Ada" }, new() { Id = 2, Name = "Grace", Nickname = "Amazing" }];

    [UsePaging]
    public IQueryable<PagedPerson> GetPeople() => People.AsQueryable();

    [UsePaging(ConnectionName = "BestFriend", MaxPageSize = 1)]
    public IEnumerable<PagedPerson> Friends => People;

    [UsePaging(AllowBackwardPagination = false)]
    public Task<IQueryable<PagedPerson>> ForwardOnlyAsync() => Task.FromResult(People.AsQueryable());
}
