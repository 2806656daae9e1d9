using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Conformance.Tests.Types;

// A schema that uses every kind of type, every specified directive, deprecation in every
// place it is allowed, a custom repeatable directive, and descriptions that exercise each
// branch of graphql-js's block-string printing.

public sealed class KitchenQuery
{
    /// <summary>Finds one node.</summary>
    public INode? Node([ID] string id) => null;

    public IEnumerable<IShape> Shapes(ShapeFilter? filter = null, Color color = Color.DeepRed, double scale = 1.5, double ratio = 2.0) => [];

    public Drawing? Drawing(DrawingSelector selector) => null;

    public Canvas Canvas => new();

    [GraphQLDescription("Quotes \"inside\", a backslash \\ and a trailing quote\"")]
    public string? Tricky => null;

    [GraphQLDescription("  starts with spaces")]
    public string? Indented => null;

    [GraphQLDescription("Line one\n  indented line two\nline three")]
    public int? Multiline => null;

    [GraphQLDescription("A description long enough to be printed on lines of its own by graphql-js, which does that past seventy characters.")]
    public long? Long => null;

    [GraphQLDescription("Contains \"\"\" triple quotes")]
    public bool? Triple => null;

    [GraphQLDescription("\nstarts with a newline")]
    public Guid? Newline => null;

    [GraphQLDescription("tab\tand control \u0001 character")]
    public DateTimeOffset? Control => null;

    public DateOnly? Today => null;

    public decimal? Price => null;

    public Uri? Link => null;

    public string Greeting(
        [GraphQLDescription("Who to greet.")] string name = "world \"quoted\" \n newline",
        [GraphQLDeprecated("Greetings are always polite now.")] bool? polite = null,
        [ID] IReadOnlyList<string>? ids = null) => name;
}

public sealed class KitchenMutation
{
    public Drawing Draw(DrawingInput input) => new();
}

[InterfaceType]
public interface INode
{
    [ID]
    string Id { get; }
}

[InterfaceType]
public interface IShape : INode
{
    double Area { get; }
}

public sealed class Circle : IShape
{
    [ID]
    public string Id => "c";

    public double Area => 3.14;

    public double Radius => 1;
}

public sealed class Square : IShape
{
    [ID]
    public string Id => "s";

    public double Area => 1;

#pragma warning disable CA1041 // a bare [Obsolete] (no message) is the case under test: it prints as @deprecated
    [Obsolete]
    public double Side => 1;
#pragma warning restore CA1041
}

public sealed class Drawing : INode
{
    [ID]
    public string Id => "d";

    public IReadOnlyList<IShape> Shapes => [];

    public IReadOnlyList<IReadOnlyList<Color?>?> Palette => [];
}

public sealed class Canvas
{
    public int Width => 1;

    public ICanvasItem? First => null;
}

[UnionType("CanvasItem")]
public interface ICanvasItem;

public sealed class Stroke : ICanvasItem
{
    public int Width => 1;
}

public sealed class Fill : ICanvasItem
{
    public Color Color => Color.Blue;
}

public enum Color
{
    DeepRed,
    Blue,
    [Obsolete("Too bright.")]
    NeonGreen,
#pragma warning disable CA1041 // a bare [Obsolete] is the case under test
    [Obsolete]
    Gray,
#pragma warning restore CA1041
}

public sealed record ShapeFilter(double MinArea = 0, IReadOnlyList<Color>? Colors = null, string Label = "any");

public sealed class DrawingInput
{
    public required string Title { get; init; }

    public Color Background { get; init; }

    [GraphQLDeprecated("Layers are gone.")]
    public int? Layers { get; init; }

    public ShapeFilter? Filter { get; init; }
}

public sealed class DrawingSelector
{
    [ID]
    public string? Id { get; init; }

    public string? Title { get; init; }
}

public sealed class DrawingSelectorType : InputObjectType<DrawingSelector>
{
    protected override void Configure(IInputObjectTypeDescriptor<DrawingSelector> descriptor) => descriptor.OneOf();
}

public sealed class TagDirectiveType : DirectiveType
{
    protected override void Configure(IDirectiveTypeDescriptor descriptor) => descriptor
        .Name("tag")
        .Description("Labels a schema element.\nRepeat it for several labels.")
        .Repeatable()
        .Location(DirectiveLocation.Object)
        .Location(DirectiveLocation.FieldDefinition)
        .Location(DirectiveLocation.Query)
        .Argument("name", a => a.Type<NonNullType<StringType>>().Description("The label."))
        .Argument("weight", a => a.Type<FloatType>().DefaultValue(0.5))
        .Argument("colors", a => a.Type<ListType<NonNullType<EnumType<Color>>>>().DefaultValue(new[] { Color.Blue, Color.DeepRed }))
        .Argument("filter", a => a.Type<InputObjectType<ShapeFilter>>().DefaultValue(new ShapeFilter(2, [Color.Blue])));
}

public static class KitchenSinkSchema
{
    public static Schema Create(Action<SchemaOptions>? options = null) =>
        SchemaBuilder.New()
            .AddQueryType<KitchenQuery>()
            .AddMutationType<KitchenMutation>()
            .AddType<Circle>()
            .AddType<Square>()
            .AddType<Stroke>()
            .AddType<Fill>()
            .AddType<DrawingSelectorType>()
            .AddDirectiveType<TagDirectiveType>()
            .ModifyOptions(o => options?.Invoke(o))
            .Create();
}
