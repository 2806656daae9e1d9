using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Tests.Conventions;

/// <summary>The shape Hot Chocolate's mutation conventions give a schema (conventions reference §5.3, §5.4).</summary>
public sealed class MutationConventionSchemaTests
{
    private const string ExpectedSdl = """"
type Query {
  articles: [StoredArticle!]!
}

type StoredArticle {
  id: Int!
  title: String!
  sourceName: String!
}

type Mutation {
  ingestArticle(input: IngestArticleInput!): IngestArticlePayload!
  renameArticle(input: RenameArticleInput!): RenameArticlePayload!
  explode(input: ExplodeInput!): ExplodePayload!
  ping: PingPayload!
  count(by: Int! = 1): Int!
  tag(input: TagInput!): TagResult!
}

"""
The outcome of `ingestArticle`: its result, or the errors that prevented it.
"""
type IngestArticlePayload {
  """What `ingestArticle` produced; null when it reported errors."""
  storedArticle: StoredArticle

  """Why `ingestArticle` could not do its work; null when it succeeded."""
  errors: [IngestArticleError!]

  """
  The query root, to read anything the write changed in the same round trip.
  """
  query: Query!
}

"""The errors `ingestArticle` may report in its payload."""
union IngestArticleError = ArticleRejectedError | SourceUnknownError

type ArticleRejectedError implements Error {
  """What went wrong, in words meant for people."""
  message: String!
  reason: String!
  length: Int!
}

"""
A domain error a mutation reports in its payload's `errors`, instead of failing with a GraphQL error.
"""
interface Error {
  """What went wrong, in words meant for people."""
  message: String!
}

type SourceUnknownError implements Error {
  """What went wrong, in words meant for people."""
  message: String!
  sourceName: String!
}

"""The arguments of `ingestArticle`, as one input object."""
input IngestArticleInput {
  text: String!
  sourceName: String!
}

"""
The outcome of `renameArticle`: its result, or the errors that prevented it.
"""
type RenameArticlePayload {
  """What `renameArticle` produced; null when it reported errors."""
  storedArticle: StoredArticle

  """Why `renameArticle` could not do its work; null when it succeeded."""
  errors: [RenameArticleError!]

  """
  The query root, to read anything the write changed in the same round trip.
  """
  query: Query!
}

"""The errors `renameArticle` may report in its payload."""
union RenameArticleError = SourceUnknownError

"""The arguments of `renameArticle`, as one input object."""
input RenameArticleInput {
  id: ID!
  title: String!
}

"""The outcome of `explode`: its result, or the errors that prevented it."""
type ExplodePayload {
  """What `explode` produced; null when it reported errors."""
  storedArticle: StoredArticle

  """
  The query root, to read anything the write changed in the same round trip.
  """
  query: Query!
}

"""The arguments of `explode`, as one input object."""
input ExplodeInput {
  reason: String!
}

"""The outcome of `ping`: its result, or the errors that prevented it."""
type PingPayload {
  """What `ping` produced; null when it reported errors."""
  boolean: Boolean

  """
  The query root, to read anything the write changed in the same round trip.
  """
  query: Query!
}

"""The outcome of `tag`: its result, or the errors that prevented it."""
type TagResult {
  """What `tag` produced; null when it reported errors."""
  tagged: String
}

"""The arguments of `tag`, as one input object."""
input TagInput {
  label: String!
  weight: Int
}
"""";

    [Fact]
    public void Mutations_get_an_input_a_payload_and_typed_errors()
    {
        Assert.Equal(ExpectedSdl, SchemaPrinter.Print(NewsroomSchemaFactory.Create()).TrimEnd('\n'));
    }

    [Fact]
    public async Task Graphql_js_accepts_the_schema_and_prints_it_the_same_way()
    {
        var sdl = SchemaPrinter.Print(NewsroomSchemaFactory.Create());

        var problems = await GraphQLJs.Shared.CallAsync("validateSchemaSdl", new { sdl });
        var reprinted = (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl })).GetString();

        Assert.Equal(0, problems.GetArrayLength());
        Assert.Equal(sdl.TrimEnd('\n'), reprinted!.TrimEnd('\n'));
    }

    [Fact]
    public void Without_the_query_field_convention_payloads_have_no_query_field()
    {
        var schema = NewsroomSchemaFactory.Create(queryField: false);

        var payload = (ObjectType)schema.GetType("IngestArticlePayload");

        Assert.Equal(["storedArticle", "errors"], payload.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Opt_in_mode_rewrites_only_fields_marked_UseMutationConvention()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<NewsroomQuery>()
            .AddMutationType<NewsroomMutation>()
            .AddServices(new NewsroomSchemaFactory.StoreServices(new ArticleStore()))
            .AddMutationConventions(applyToAllMutations: false)
            .Create();

        Assert.Equal(
            """
            type Mutation {
              ingestArticle(text: String!, sourceName: String!): StoredArticle!
              renameArticle(id: ID!, title: String!): StoredArticle
              explode(reason: String!): StoredArticle!
              ping: Boolean!
              count(by: Int! = 1): Int!
              tag(input: TagInput!): TagResult!
            }
            """,
            SchemaPrinter.PrintType(schema.MutationType!));
    }

    [Fact]
    public void Two_exception_classes_giving_one_error_type_name_are_error_HC0066()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddQueryType<NewsroomQuery>()
            .AddMutationType<ClashingMutation>()
            .AddServices(new NewsroomSchemaFactory.StoreServices(new ArticleStore()))
            .AddMutationConventions()
            .Create());

        var clash = Assert.Single(error.Errors);
        Assert.Equal("HC0066", clash.Code);
        Assert.Contains("'DuplicateError'", clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_type_that_is_not_an_exception_is_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddQueryType<NewsroomQuery>()
            .AddMutationType<NotAnExceptionMutation>()
            .AddMutationConventions()
            .Create());

        Assert.Contains(error.Errors, e => e.Message.Contains("only exception classes", StringComparison.Ordinal));
    }

    public sealed class ClashingMutation
    {
        [Error<Alpha.DuplicateException>]
        public bool First() => true;

        [Error<Beta.DuplicateException>]
        public bool Second() => true;
    }

    public sealed class NotAnExceptionMutation
    {
        [Error(typeof(string))]
        public bool First() => true;
    }

    public static class Alpha
    {
        public sealed class DuplicateException : Exception;
    }

    public static class Beta
    {
        public sealed class DuplicateException : Exception;
    }
}
