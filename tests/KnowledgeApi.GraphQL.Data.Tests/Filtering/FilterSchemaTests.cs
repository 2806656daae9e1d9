using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Data.Tests.Filtering;

/// <summary>The generated filter and sort types, against a reviewed snapshot and HC's naming rules.</summary>
public sealed class FilterSchemaTests
{
    [Fact]
    public void The_sdl_of_the_test_model_matches_the_reviewed_snapshot() =>
        Snapshot.Match(SchemaPrinter.Print(LibrarySchema.Schema), "tests", "KnowledgeApi.GraphQL.Data.Tests", "Filtering", "__snapshots__", "LibrarySchema.graphql");

    [Fact]
    public void Two_fields_over_one_entity_share_one_filter_and_one_sort_type()
    {
        var schema = SchemaBuilder.New().AddQueryType<TwoBookFields>().Create();
        var first = schema.QueryType.Fields["books"].Arguments["where"].Type;
        var second = schema.QueryType.Fields["moreBooks"].Arguments["where"].Type;
        Assert.Same(first, second);
        Assert.Same(schema.QueryType.Fields["books"].Arguments["order"].Type.NamedType(), schema.QueryType.Fields["moreBooks"].Arguments["order"].Type.NamedType());
    }

    [Fact]
    public void The_where_and_order_arguments_have_hc_shapes()
    {
        var books = LibrarySchema.Schema.QueryType.Fields["books"];
        Assert.Equal(["where", "order"], books.Arguments.Select(a => a.Name));
        Assert.Equal("BookFilterInput", books.Arguments["where"].Type.Print());
        Assert.Equal("[BookSortInput!]", books.Arguments["order"].Type.Print());
    }

    [Fact]
    public void Each_scalar_kind_gets_hc_operation_type_names()
    {
        var filter = LibrarySchema.BookFilter;
        string TypeOf(string field) => filter.Fields[field].Type.Print();
        Assert.Equal("StringOperationFilterInput", TypeOf("title"));
        Assert.Equal("IntOperationFilterInput", TypeOf("pages"));
        Assert.Equal("IntOperationFilterInput", TypeOf("edition"));
        Assert.Equal("LongOperationFilterInput", TypeOf("isbn"));
        Assert.Equal("FloatOperationFilterInput", TypeOf("rating"));
        Assert.Equal("DecimalOperationFilterInput", TypeOf("price"));
        Assert.Equal("BooleanOperationFilterInput", TypeOf("inPrint"));
        Assert.Equal("DateTimeOperationFilterInput", TypeOf("publishedAt"));
        Assert.Equal("DateTimeOperationFilterInput", TypeOf("updatedAt"));
        Assert.Equal("DateOperationFilterInput", TypeOf("releaseDay"));
        Assert.Equal("UuidOperationFilterInput", TypeOf("key"));
        Assert.Equal("GenreOperationFilterInput", TypeOf("genre"));
        Assert.Equal("ListStringOperationFilterInput", TypeOf("keywords"));
        Assert.Equal("AuthorFilterInput", TypeOf("author"));
        Assert.Equal("ListFilterInputTypeOfReviewFilterInput", TypeOf("reviews"));
        Assert.Equal("ListFilterInputTypeOfTagFilterInput", TypeOf("tags"));
        Assert.Equal(["and", "or"], filter.Fields.Take(2).Select(f => f.Name));
    }

    [Fact]
    public void Sort_inputs_skip_collections_and_nest_references()
    {
        var sort = LibrarySchema.BookSort;
        Assert.False(sort.Fields.ContainsField("reviews"));
        Assert.False(sort.Fields.ContainsField("keywords"));
        Assert.Equal("AuthorSortInput", sort.Fields["author"].Type.Print());
        Assert.Equal("SortEnumType", sort.Fields["title"].Type.Print());
        var direction = LibrarySchema.Schema.GetType<EnumType>("SortEnumType");
        Assert.Equal(["ASC", "DESC"], direction.Values.Select(v => v.Name));
    }

    private sealed class TwoBookFields
    {
        [UseFiltering]
        [UseSorting]
        public IQueryable<TestModel.Book> GetBooks() => Enumerable.Empty<TestModel.Book>().AsQueryable();

        [UseFiltering]
        [UseSorting]
        public IQueryable<TestModel.Book> GetMoreBooks() => Enumerable.Empty<TestModel.Book>().AsQueryable();
    }
}
