using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Conventions;

/// <summary>Less common shapes: a resolver returning its own payload, a subclass of a mapped exception, defaults in the input.</summary>
public sealed class MutationConventionEdgeTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddQueryType<NewsroomQuery>()
        .AddMutationType<NotesMutation>()
        .AddServices(new NewsroomSchemaFactory.StoreServices(new ArticleStore()))
        .AddMutationConventions()
        .AddQueryFieldToMutationPayloads()
        .Create();

    [Fact]
    public void A_resolver_returning_its_payload_type_keeps_it_and_it_gets_the_query_field()
    {
        Assert.Equal(
            """
            type Mutation {
              createNote(input: CreateNoteInput!): CreateNotePayload!
              archive(input: ArchiveInput!): ArchivePayload!
            }
            """,
            SchemaPrinter.PrintType(Schema.MutationType!));
        Assert.Equal(
            """"
            type CreateNotePayload {
              text: String!
              pinned: Boolean!

              """
              The query root, to read anything the write changed in the same round trip.
              """
              query: Query!
            }
            """",
            SchemaPrinter.PrintType(Schema.GetType("CreateNotePayload")));
        Assert.Equal(
            """"
            """The arguments of `createNote`, as one input object."""
            input CreateNoteInput {
              text: String!
              pinned: Boolean! = false
            }
            """",
            SchemaPrinter.PrintType(Schema.GetType("CreateNoteInput")));
    }

    [Fact]
    public async Task Defaults_of_input_fields_reach_the_parameters()
    {
        var json = await RunAsync("""mutation { a: createNote(input: { text: "x" }) { text pinned } b: createNote(input: { text: "y", pinned: true }) { pinned } }""");

        Assert.Equal("""{"data":{"a":{"text":"x","pinned":false},"b":{"pinned":true}}}""", json);
    }

    [Fact]
    public async Task A_subclass_of_a_mapped_exception_is_reported_as_the_mapped_error_type()
    {
        var json = await RunAsync("""mutation { archive(input: { id: 99 }) { boolean errors { __typename ... on Error { message } } } }""");

        Assert.Equal(
            """{"data":{"archive":{"boolean":null,"errors":[{"__typename":"NoteMissingError","message":"Note 99 was deleted."}]}}}""",
            json);
    }

    private static async Task<string> RunAsync(string query)
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query });
        return ((ExecutionResult)result).ToJson();
    }

    public sealed class CreateNotePayload
    {
        public string Text { get; init; } = string.Empty;

        public bool Pinned { get; init; }
    }

    public class NoteMissingException(string message) : Exception(message);

    public sealed class NoteDeletedException(int id) : NoteMissingException($"Note {id} was deleted.");

    public sealed class NotesMutation
    {
        public CreateNotePayload CreateNote(string text, bool pinned = false) => new() { Text = text, Pinned = pinned };

        [Error<NoteMissingException>]
        public bool Archive(int id) => throw new NoteDeletedException(id);
    }
}
