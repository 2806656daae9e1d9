namespace KnowledgeApi.GraphQL.AspNetCore.Cors;

/// <summary>Which browser front-ends on other origins may call the GraphQL endpoint.</summary>
public sealed class GraphQLCorsOptions
{
    /// <summary>The CORS policy name <c>AddGraphQLCors</c> registers and <c>UseGraphQLCors</c> applies.</summary>
    public const string PolicyName = "GraphQL";

    /// <summary>
    /// Origins allowed to call the API, e.g. <c>https://app.example.com</c>; <c>*</c> allows any.
    /// Empty (the default) allows none outside Development.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>
    /// In the Development environment any origin may call, so a front-end dev server on another
    /// port works without configuration. On by default; off makes Development as strict as Production.
    /// </summary>
    public bool AllowAnyOriginInDevelopment { get; set; } = true;

    /// <summary>How long a browser may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
