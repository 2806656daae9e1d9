using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Types;

// Small classes that each break one type-system rule, used by SchemaValidationTests.

public sealed class OkQuery
{
    public string Hello => "world";
}

public sealed class NoFields
{
    public void DoNothing()
    {
    }
}

public sealed class HoldsNoFields
{
    public NoFields? Empty => null;
}

[InterfaceType]
public interface INamed
{
    string Name { get; }

    string Greeting(string language);
}

public sealed class NamedWithWrongType : INamed
{
    public string Name => "x";

    [GraphQLType("Int")]
    public string Greeting(string language) => language;
}

public sealed class NamedWithWrongArgument : INamed
{
    public string Name => "x";

    public string Greeting(int language) => string.Empty;

    string INamed.Greeting(string language) => language;
}

public sealed class NamedWithExtraRequiredArgument : INamed
{
    public string Name => "x";

    public string Greeting(string language, string tone) => tone;

    string INamed.Greeting(string language) => language;
}

public sealed class NamedListsQuery
{
    public NamedWithWrongType? A => null;

    public NamedWithWrongArgument? B => null;

    public NamedWithExtraRequiredArgument? C => null;
}

public sealed class RenamedTwice
{
    [GraphQLName("same")]
    public string First => "1";

    [GraphQLName("same")]
    public string Second => "2";
}

public sealed class BadlyNamed
{
    [GraphQLName("__secret")]
    public string Secret => "s";

    [GraphQLName("not-valid")]
    public string Dashed => "d";
}

public enum Truthy
{
    [GraphQLName("true")]
    Yes,
    No,
}

public enum Hidden
{
    [GraphQLIgnore]
    Only,
}

public sealed class EnumsQuery
{
    public Truthy Truthy => Truthy.No;

    public Hidden Hidden => Hidden.Only;
}

public sealed class Loop
{
    public required Loop Next { get; init; }

    public int Value { get; init; }
}

public sealed class LoopA
{
    public required LoopB B { get; init; }
}

public sealed class LoopB
{
    public required LoopA A { get; init; }
}

public sealed class OptionalLoop
{
    public OptionalLoop? Next { get; init; }

    public IReadOnlyList<OptionalLoop> Children { get; init; } = [];
}

public sealed class InputsQuery
{
    public bool Loop(Loop input) => true;

    public bool Pair(LoopA input) => true;

    public bool Fine(OptionalLoop input) => true;
}

public sealed class Choice
{
    public required string Text { get; init; }

    public int? Number { get; init; }
}

public sealed class ChoiceType : InputObjectType<Choice>
{
    protected override void Configure(IInputObjectTypeDescriptor<Choice> descriptor)
    {
        descriptor.OneOf();
        descriptor.Field(c => c.Number).DefaultValue(3);
    }
}

public sealed class ChoiceQuery
{
    public bool Choose(Choice choice) => true;
}

public sealed class DeprecatedRequired
{
    [GraphQLDeprecated("gone")]
    public required string Old { get; init; }
}

public sealed class DeprecationQuery
{
    public bool Run([GraphQLDeprecated("gone")] string mode, DeprecatedRequired input) => true;
}

public sealed class UnsupportedQuery
{
    public object Anything => new();

    public bool Take(Action callback) => true;
}

[UnionType("Nothing")]
public interface INothing;

public sealed class EmptyUnionQuery
{
    public INothing? Nothing => null;
}

public sealed class EmptyInput
{
}

public sealed class EmptyInputQuery
{
    public bool Send(EmptyInput input) => true;
}

public sealed class BadDefaultQuery
{
    public int Count([GraphQLType("Int")] string size = "big") => 0;
}
