using KnowledgeApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Responses;

/// <summary>The status code for a result, per GraphQL over HTTP as Hot Chocolate 14 applies it.</summary>
internal static class HttpStatusMapper
{
    public static int StatusCodeFor(IExecutionResult result, ResponseFormat format)
    {
        // HC answers 405 for a refused operation kind under either JSON type (its GET tests show
        // it with application/json), so a client learns that POST would work.
        if (result.RequestError is RequestErrorKind.OperationNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // application/json is the legacy type: clients read errors from the body, so always 200.
        // Multipart and event streams commit to 200 before the first part.
        if (format is not ResponseFormat.GraphQLResponseJson)
        {
            return StatusCodes.Status200OK;
        }

        // Once execution started the response carries data (even null after propagation): 200.
        // Anything refused before (syntax, validation, variables, limits, unknown persisted id): 400.
        // A request answered without executing and without errors (GraphQL-Cost: validate) is fine: 200.
        return result.HasData || result.RequestError is RequestErrorKind.None ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
