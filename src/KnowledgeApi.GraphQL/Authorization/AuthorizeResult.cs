namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>The verdict of an <see cref="IAuthorizationHandler"/> on one <see cref="AuthorizeDirective"/>.</summary>
public enum AuthorizeResult
{
    Allowed,

    /// <summary>The user is authenticated but lacks the role or fails the policy (<c>AUTH_NOT_AUTHORIZED</c>).</summary>
    NotAllowed,

    /// <summary>There is no authenticated user (<c>AUTH_NOT_AUTHENTICATED</c>).</summary>
    NotAuthenticated,

    /// <summary>The directive names no policy and the application has no default one (<c>AUTH_NO_DEFAULT_POLICY</c>).</summary>
    NoDefaultPolicy,

    /// <summary>The named policy does not exist (<c>AUTH_POLICY_NOT_FOUND</c>).</summary>
    PolicyNotFound,
}
