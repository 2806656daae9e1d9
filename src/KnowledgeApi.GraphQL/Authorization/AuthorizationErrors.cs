using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>Hot Chocolate's authorization error codes, and the field error for each refusal.</summary>
public static class AuthorizationErrors
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string NoDefaultPolicy = "AUTH_NO_DEFAULT_POLICY";
    public const string PolicyNotFound = "AUTH_POLICY_NOT_FOUND";

    /// <summary>The one message for both refusals, as in Hot Chocolate: it does not tell which check failed.</summary>
    public const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    internal static GraphQLError For(AuthorizeResult result, AuthorizeDirective directive) => result switch
    {
        AuthorizeResult.NotAuthenticated => new GraphQLError(NotAuthorizedMessage).WithCode(NotAuthenticated),
        AuthorizeResult.NoDefaultPolicy => new GraphQLError("The default authorization policy does not exist.").WithCode(NoDefaultPolicy),
        AuthorizeResult.PolicyNotFound => new GraphQLError($"The `{directive.Policy}` authorization policy does not exist.").WithCode(PolicyNotFound),
        _ => new GraphQLError(NotAuthorizedMessage).WithCode(NotAuthorized),
    };
}
