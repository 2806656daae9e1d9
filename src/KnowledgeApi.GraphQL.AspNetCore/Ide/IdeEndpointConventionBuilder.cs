using Microsoft.AspNetCore.Builder;

namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// The IDE is two endpoints (the page at the GraphQL path, the files below it); conventions such
/// as <c>RequireAuthorization</c> or <c>RequireHost</c> apply to both.
/// </summary>
internal sealed class IdeEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> parts) : IEndpointConventionBuilder
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
