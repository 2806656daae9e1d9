using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Execution.Pipeline;

/// <summary>Stage 2: parses the query on a cache miss; a syntax error is a request error (<c>HC0011</c>) with its location.</summary>
internal static class ParseDocumentStage
{
    public static DocumentNode? Parse(ReadOnlySpan<byte> utf8Query, out ExecutionResult? error)
    {
        try
        {
            error = null;
            return Parser.Parse(utf8Query);
        }
        catch (GraphQLSyntaxException e)
        {
            var graphQLError = new GraphQLError(e.Message) { Locations = [new ErrorLocation(e.Line, e.Column)] }.WithCode(e.Code);
            error = ExecutionResult.FromRequestError(RequestErrorKind.Syntax, graphQLError);
            return null;
        }
    }
}
