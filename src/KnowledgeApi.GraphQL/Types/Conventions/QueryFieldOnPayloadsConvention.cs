using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Types.Conventions;

/// <summary>
/// Relay's <c>query</c> field on mutation payloads: every mutation field's result type whose name
/// ends with <c>Payload</c> gets <c>query: Query!</c>, so a client can refetch anything after a
/// mutation in the same request. Non-null as in the Hot Chocolate schemas we compared with.
/// </summary>
internal sealed class QueryFieldOnPayloadsConvention : ISchemaConvention
{
    private const string QueryFieldName = "query";
    private const string PayloadSuffix = "Payload";

    public int Order => 1;

    public void Apply(SchemaBuildContext context, ObjectType? queryType, ObjectType? mutationType)
    {
        if (queryType is null || mutationType?.Definition is not { } mutation)
        {
            return;
        }

        foreach (var field in mutation.Fields.Where(f => !f.Ignored))
        {
            if (TypeLookup.Find(field.Type, context) is ObjectType { Definition: { } payload } payloadType
                && payloadType.Name.EndsWith(PayloadSuffix, StringComparison.Ordinal)
                && !payload.Fields.Exists(f => f.Name == QueryFieldName))
            {
                payload.Fields.Add(new OutputFieldDefinition
                {
                    Name = QueryFieldName,
                    Description = "The query root, to read anything the write changed in the same round trip.",
                    Type = TypeRef.NonNull(new InstanceRef(queryType)),
                    PureResolver = ctx => CreateQueryRoot(ctx.Schema.QueryType, ctx.Services),
                    Order = int.MaxValue,
                });
            }
        }
    }

    // The same parent the executor gives query root fields: the root class from the services or
    // created with them; a placeholder when there is no class, since the field is non-null.
    private static object CreateQueryRoot(ObjectType queryType, IServiceProvider services)
    {
        var type = queryType.RuntimeType;
        if (type is null || type == typeof(object) || type.IsAbstract || type.IsInterface)
        {
            return Placeholder;
        }

        try
        {
            return ActivatorUtilities.GetServiceOrCreateInstance(services, type);
        }
        catch (InvalidOperationException)
        {
            return Placeholder;
        }
    }

    private static readonly object Placeholder = new();
}
