using System.Reflection;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>Where a resolver method's parameter gets its value from.</summary>
internal enum ParameterKind
{
    Argument,
    Parent,
    Service,
    CancellationToken,
    Context,
}

internal static class ParameterBinding
{
    /// <summary>
    /// Hot Chocolate's rules: a <see cref="CancellationToken"/>, the resolver context, a
    /// <c>[Parent]</c>, a <c>[Service]</c> or a type the application's container knows are not
    /// GraphQL arguments; every other parameter is one.
    /// </summary>
    public static ParameterKind Classify(ParameterInfo parameter, IServiceProvider services)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return ParameterKind.CancellationToken;
        }

        if (type == typeof(IResolverContext) || type == typeof(IMiddlewareContext))
        {
            return ParameterKind.Context;
        }

        if (parameter.GetCustomAttribute<ParentAttribute>() is not null)
        {
            return ParameterKind.Parent;
        }

        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null || IsRegisteredService(type, services))
        {
            return ParameterKind.Service;
        }

        return ParameterKind.Argument;
    }

    private static bool IsRegisteredService(Type type, IServiceProvider services)
    {
        // Plain data never comes from the container, and asking for it could construct things.
        if (type.IsValueType || type == typeof(string) || type.IsArray)
        {
            return false;
        }

        try
        {
            return services.GetService(type) is not null;
        }
        catch (InvalidOperationException)
        {
            // A scoped service asked for at the root throws: it is registered, so it is a service.
            return true;
        }
    }
}
