using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Filtering;

/// <summary>HC's order UsePaging &gt; UseProjection &gt; UseFiltering &gt; UseSorting is enforced when the schema is built.</summary>
public sealed class MiddlewareOrderTests
{
    [Fact]
    public void Sorting_written_before_filtering_is_a_schema_error_hc0050()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<SortingBeforeFiltering>().Create());
        Assert.Contains("HC0050", error.Message, StringComparison.Ordinal);
        Assert.Contains("[UseFiltering] is written after [UseSorting]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filtering_written_before_paging_is_a_schema_error_hc0050()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<FilteringBeforePaging>().Create());
        Assert.Contains("HC0050", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_data_middleware_twice_is_a_schema_error() =>
        Assert.Contains(
            "twice",
            Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<FilteringTwice>().Create()).Message,
            StringComparison.Ordinal);

    [Fact]
    public void The_hc_order_builds_and_puts_where_before_order()
    {
        var schema = SchemaBuilder.New().AddQueryType<PagingFilteringSorting>().Create();
        Assert.Equal(["where", "order"], schema.QueryType.Fields["books"].Arguments.Select(a => a.Name));
    }

    [Fact]
    public void Filtering_a_field_that_returns_no_sequence_is_a_schema_error() =>
        Assert.Contains(
            "IQueryable<T>",
            Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<FilteringAScalar>().Create()).Message,
            StringComparison.Ordinal);

    private sealed class SortingBeforeFiltering
    {
        [UseSorting]
        [UseFiltering]
        public IQueryable<Book> GetBooks() => Enumerable.Empty<Book>().AsQueryable();
    }

    private sealed class FilteringBeforePaging
    {
        [UseFiltering]
        [StandInPaging]
        public IQueryable<Book> GetBooks() => Enumerable.Empty<Book>().AsQueryable();
    }

    private sealed class FilteringTwice
    {
        [UseFiltering]
        [UseFiltering]
        public IQueryable<Book> GetBooks() => Enumerable.Empty<Book>().AsQueryable();
    }

    private sealed class PagingFilteringSorting
    {
        [StandInPaging]
        [UseFiltering]
        [UseSorting]
        public IQueryable<Book> GetBooks() => Enumerable.Empty<Book>().AsQueryable();
    }

    private sealed class FilteringAScalar
    {
        [UseFiltering]
        public int GetCount() => 0;
    }

    /// <summary>Registers as paging the way the real [UsePaging] does, without changing the field.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class StandInPagingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
    {
        protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member) =>
            DataMiddlewareOrder.Register(context, member, DataMiddlewareKind.Paging);
    }
}
