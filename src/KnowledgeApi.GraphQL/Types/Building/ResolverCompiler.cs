using System.Linq.Expressions;
using System.Reflection;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Compiles a property or method into a resolver delegate once, with expression trees, so
/// resolving a field is a direct call: no reflection <c>Invoke</c>, no argument arrays.
/// A method's parameters are fed from the context (arguments, parent, services, cancellation).
/// </summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo ParentMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Parent))!;
    private static readonly MethodInfo ArgumentMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ArgumentValue))!;
    private static readonly MethodInfo ServiceMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Service))!;
    private static readonly PropertyInfo AbortedProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;
    private static readonly MethodInfo AwaitTaskMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.AwaitTask))!;
    private static readonly MethodInfo AwaitValueTaskMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.AwaitValueTask))!;

    /// <summary>Either a pure (synchronous) resolver or an async one, depending on what the member returns.</summary>
    public static (FieldResolverDelegate? Resolver, PureFieldDelegate? PureResolver) Compile(
        MemberInfo member,
        IReadOnlyList<InputValueDefinition> arguments,
        IServiceProvider services)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        Expression body = member switch
        {
            PropertyInfo property => Expression.Property(Instance(context, property.GetMethod!), property),
            FieldInfo field => Expression.Field(field.IsStatic ? null : Parent(context, field.DeclaringType!), field),
            MethodInfo method => Expression.Call(
                Instance(context, method),
                method,
                method.GetParameters().Select(p => Bind(context, p, arguments, services))),
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

        var type = body.Type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var call = Expression.Call(AwaitTaskMethod.MakeGenericMethod(type.GetGenericArguments()), body);
            return (Expression.Lambda<FieldResolverDelegate>(call, context).Compile(), null);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var call = Expression.Call(AwaitValueTaskMethod.MakeGenericMethod(type.GetGenericArguments()), body);
            return (Expression.Lambda<FieldResolverDelegate>(call, context).Compile(), null);
        }

        var boxed = Expression.Convert(body, typeof(object));
        return (null, Expression.Lambda<PureFieldDelegate>(boxed, context).Compile());
    }

    private static MethodCallExpression? Instance(ParameterExpression context, MethodInfo method) =>
        method.IsStatic ? null : Parent(context, method.DeclaringType!);

    private static MethodCallExpression Parent(ParameterExpression context, Type type) =>
        Expression.Call(context, ParentMethod.MakeGenericMethod(type));

    private static Expression Bind(ParameterExpression context, ParameterInfo parameter, IReadOnlyList<InputValueDefinition> arguments, IServiceProvider services)
    {
        var type = parameter.ParameterType;
        return ParameterBinding.Classify(parameter, services) switch
        {
            ParameterKind.CancellationToken => Expression.Property(context, AbortedProperty),
            ParameterKind.Context => Expression.Convert(context, type),
            ParameterKind.Parent => Parent(context, type),
            ParameterKind.Service => Expression.Call(context, ServiceMethod.MakeGenericMethod(type)),
            _ => Expression.Call(
                context,
                ArgumentMethod.MakeGenericMethod(type),
                Expression.Constant(arguments.FirstOrDefault(a => a.Parameter == parameter)?.Name ?? Naming.ArgumentName(parameter))),
        };
    }
}

/// <summary>Adapts typed task results to the resolver delegate's <c>ValueTask&lt;object?&gt;</c>.</summary>
internal static class ResolverResults
{
    public static ValueTask<object?> AwaitTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitSlowly(task);

    public static ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitSlowly(task.AsTask());

    private static async ValueTask<object?> AwaitSlowly<T>(Task<T> task) => await task.ConfigureAwait(false);
}
