namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>
/// One authorization requirement on a field (Hot Chocolate's <c>@authorize</c> directive, which our
/// SDL does not print): a policy name, a set of roles, or neither (the default policy).
/// </summary>
public sealed record AuthorizeDirective(string? Policy = null, IReadOnlyList<string>? Roles = null);
