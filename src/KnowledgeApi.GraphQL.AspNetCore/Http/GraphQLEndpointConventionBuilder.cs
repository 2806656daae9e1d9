using Microsoft.AspNetCore.Builder;

namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>
/// <c>MapGraphQL</c> maps several endpoints (POST, GET, schema files, the IDE); a convention such
/// as <c>RequireCors</c>, <c>RequireAuthorization</c> or <c>RequireHost</c> applies to all of them.
/// </summary>
internal sealed class GraphQLEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> parts) : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var part in parts)
        {
            part.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var part in parts)
        {
            part.Finally(finallyConvention);
        }
    }
}
