using System.Reflection;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// A field of an object or interface type, with what the executor needs to run it: the compiled
/// resolver and the middleware pipeline built around it once, when the schema was created.
/// </summary>
public sealed class OutputField : IHasName
{
    internal OutputField(
        string name,
        string? description,
        IType type,
        FieldCollection<InputValue> arguments,
        string? deprecationReason,
        MemberInfo? member,
        FieldResolverDelegate? resolver,
        PureFieldDelegate? pureResolver,
        IReadOnlyList<FieldMiddleware> middleware)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
        Member = member;
        PureResolver = pureResolver;
        Resolver = resolver ?? (pureResolver is null ? NoResolver : ctx => new ValueTask<object?>(pureResolver(ctx)));
        Middleware = middleware;
        Pipeline = BuildPipeline(Resolver, PureResolver, middleware);
    }

    public string Name { get; }

    public string? Description { get; }

    public IType Type { get; }

    public FieldCollection<InputValue> Arguments { get; }

    /// <summary>Why the field is deprecated; null when it is not.</summary>
    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The property or method the field was inferred from, if any.</summary>
    public MemberInfo? Member { get; }

    /// <summary>The type that declares the field.</summary>
    public INamedType DeclaringType { get; internal set; } = null!;

    /// <summary><c>Type.field</c>, the schema coordinate used in error messages.</summary>
    public string Coordinate => $"{DeclaringType.Name}.{Name}";

    public FieldResolverDelegate Resolver { get; }

    /// <summary>The synchronous resolver when the field has one (properties, plain methods); null for async ones.</summary>
    public PureFieldDelegate? PureResolver { get; }

    /// <summary>The middleware in the order it was declared; the first one is the outermost.</summary>
    public IReadOnlyList<FieldMiddleware> Middleware { get; }

    /// <summary>
    /// What the user must be allowed (<c>[Authorize]</c> on the field or its type); the executor
    /// checks it before coercing arguments or running <see cref="Pipeline"/>. Empty for public fields.
    /// </summary>
    public IReadOnlyList<Authorization.AuthorizeDirective> AuthorizeDirectives { get; internal init; } = [];

    /// <summary>The middleware composed around the resolver: calling it sets <see cref="IMiddlewareContext.Result"/>.</summary>
    public FieldDelegate Pipeline { get; }

    /// <summary>The directives applied to the field in the schema (<c>@cost</c>, <c>@listSize</c>...).</summary>
    public IReadOnlyList<IAppliedDirective> Directives { get; init; } = [];

    public override string ToString() => $"{Name}: {Type.Print()}";

    private static ValueTask<object?> NoResolver(IResolverContext context) =>
        throw new InvalidOperationException($"The field {context.Field.Coordinate} has no resolver.");

    private static FieldDelegate BuildPipeline(
        FieldResolverDelegate resolver,
        PureFieldDelegate? pureResolver,
        IReadOnlyList<FieldMiddleware> middleware)
    {
        FieldDelegate next = pureResolver is not null
            ? ctx =>
            {
                ctx.Result = pureResolver(ctx);
                return ValueTask.CompletedTask;
            }
            : async ctx => ctx.Result = await resolver(ctx).ConfigureAwait(false);

        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            next = middleware[i](next);
        }

        return next;
    }
}
