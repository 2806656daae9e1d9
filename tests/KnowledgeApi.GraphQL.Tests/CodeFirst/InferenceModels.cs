using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.CodeFirst;

// Classes for CodeFirstInferenceTests, one concern each.

public sealed class Nullability
{
    public string Required => string.Empty;

    public string? Optional => null;

    public int Number => 0;

    public int? MaybeNumber => null;

    public List<string> Names => [];

    public List<string?>? SparseNames => null;

    public int[] Numbers => [];

    public IEnumerable<IReadOnlyList<int?>> Grid => [];

    public Task<string?> LaterAsync() => Task.FromResult<string?>(null);

    public ValueTask<IReadOnlyList<long>> CountsAsync() => new([]);
}

public sealed class Overrides
{
    [GraphQLNonNullType]
    public string? ForcedRequired => "x";

    [GraphQLNonNullType(false, false)]
    public List<string?>? ForcedList => [];

    [GraphQLType(typeof(ListType<IdType>))]
    public IReadOnlyList<string> Ids => [];

    [ID]
    public IReadOnlyList<int>? NumericIds => null;

    [GraphQLType("[Int!]")]
    public object? Untyped => null;

    [GraphQLType<NonNullType<DecimalType>>]
    public double Money => 1;
}

public sealed class WithParameters
{
    public string Echo(string text, int? times, [GraphQLName("loud")] bool shout = false, [Parent] WithParameters? self = null, IResolverContextHolder? holder = null) => text;
}

/// <summary>Registered as a service in the test, so it is injected, not an argument.</summary>
public sealed class IResolverContextHolder;

/// <summary>The documented type.</summary>
public sealed class Documented
{
    /// <summary>
    /// The documented property, with a <see cref="Documented"/> reference.
    /// </summary>
    public string Value => string.Empty;

    /// <summary>Greets someone.</summary>
    /// <param name="name">Who to greet.</param>
    public string Greet(string name) => name;

    [GraphQLDescription("The attribute wins.")]
    public string Both => string.Empty;
}

[InterfaceType]
public interface IResource
{
    string Uri { get; }
}

[InterfaceType]
public interface IImage : IResource
{
    int Width { get; }
}

public sealed class Photo : IImage
{
    public string Uri => "u";

    public int Width => 1;

    public string Camera => "c";
}

public sealed class ImagesQuery
{
    public IImage? Image => null;

    public IResource? Resource => null;
}

public sealed class Cat
{
    public string Meow => "meow";
}

public sealed class Dog
{
    public string Woof => "woof";
}

public sealed class PetType : UnionType
{
    protected override void Configure(IUnionTypeDescriptor descriptor) =>
        descriptor.Name("Pet").Description("A cat or a dog.").Type<ObjectType<Cat>>().Type<ObjectType<Dog>>();
}

public sealed class PetsQuery
{
    [GraphQLType(typeof(PetType))]
    public object? Pet => null;
}

public sealed class Explicit
{
    public string Shown => "s";

    public string Hidden => "h";

    public int Count(int step, int start) => start + step;
}

public sealed class ExplicitType : ObjectType<Explicit>
{
    protected override void Configure(IObjectTypeDescriptor<Explicit> descriptor)
    {
        descriptor.Name("Chosen").BindFieldsExplicitly();
        descriptor.Field(e => e.Shown).Deprecated();
        descriptor.Field(e => e.Count(default, default)).Name("total").Description("Counted by a method selected in an expression.");
    }
}

public enum Status
{
    Active,
    OnHold,
    Closed,
}

public sealed class StatusType : EnumType<Status>
{
    protected override void Configure(IEnumTypeDescriptor<Status> descriptor)
    {
        descriptor.Name("TicketStatus");
        descriptor.Value(Status.OnHold).Name("PAUSED").Description("Waiting for someone.");
        descriptor.Value(Status.Closed).Ignore();
    }
}

public sealed class TicketsQuery
{
    public Status GetStatus(Status? filter = CodeFirst.Status.Active) => CodeFirst.Status.Active;
}

/// <summary>Records the order its middleware runs in, to show attributes apply in the order they are written.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class TraceAttribute(string label, [System.Runtime.CompilerServices.CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, System.Reflection.MemberInfo member) =>
        descriptor.Use(next => async ctx =>
        {
            ((List<string>)ctx.ContextData["trace"]!).Add(label);
            await next(ctx);
        });
}

public sealed class Traced
{
    [Trace("declared-first")]
    [Trace("declared-second")]
    [Trace("declared-third")]
    public string Value => "v";
}

/// <summary>
/// Shaped like [UsePaging]/[UseFiltering]: creates types at build time (once per schema, through
/// the descriptor context), gives the field one of them and adds an argument of the other.
/// </summary>
public sealed class UseSummaryAttribute([System.Runtime.CompilerServices.CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, System.Reflection.MemberInfo member)
    {
        if (!context.ContextData.TryGetValue("summary", out var cached) || cached is not ObjectType summary)
        {
            summary = new ObjectType(d => d.Name("Summary").Field("count").Type<NonNullType<IntType>>()
                .Resolve(ctx => ctx.Parent<System.Collections.ICollection>().Count));
            context.ContextData["summary"] = summary;
            context.ContextData["options"] = new InputObjectType<SummaryOptions>();
        }

        descriptor
            .Type(summary, nonNull: true)
            .Argument("options", a => a.Type((InputObjectType<SummaryOptions>)context.ContextData["options"]!));
    }
}

public sealed class SummaryOptions
{
    public bool Distinct { get; init; }
}

public sealed class SummariesQuery
{
    [UseSummary]
    public IReadOnlyList<string> Words => ["a", "b"];

    [UseSummary]
    public IReadOnlyList<int> Numbers => [1, 2, 3];
}
