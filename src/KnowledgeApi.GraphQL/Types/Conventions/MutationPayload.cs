using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Types.Conventions;

/// <summary>The value behind a generated payload type: the mutation's result, or the mapped exceptions that replaced it.</summary>
internal sealed record MutationPayload(object? Value, IReadOnlyList<Exception>? Errors);

/// <summary>
/// The outermost middleware of a rewritten mutation: wraps the result into its payload, and turns
/// an exception of a type named by <c>[Error]</c> into the payload's <c>errors</c> (no field error).
/// Any other exception passes through and stays an ordinary field error.
/// </summary>
internal static class MutationPayloadMiddleware
{
    public static FieldMiddleware Create(IReadOnlyList<Type> mappedErrors) => next => async context =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception error) when (IsMapped(mappedErrors, error))
        {
            context.Result = new MutationPayload(null, [error]);
            return;
        }

        context.Result = new MutationPayload(context.Result, null);
    };

    private static bool IsMapped(IReadOnlyList<Type> mappedErrors, Exception error)
    {
        foreach (var type in mappedErrors)
        {
            if (type.IsInstanceOfType(error))
            {
                return true;
            }
        }

        return false;
    }
}
