using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Validation.Harness;

// The schema every validation rule test runs against (and the differential conformance tests
// print for graphql-js): interfaces implementing interfaces, unions, enums, input objects with
// required and defaulted fields, a @oneOf input, arguments of every kind, and custom
// executable directives in every location, some repeatable. It has a mutation root but no
// subscription root, so "missing root type" can be tested; ValidationTestSchema.WithSubscriptions
// adds one for the single-root-field rule.

public sealed class ValidationQuery
{
    public IHuman? Human([ID] string? id = null) => null;

    public Dog? Dog => null;

    public Cat? Cat => null;

    public IPet? Pet => null;

    public ICatOrDog? CatOrDog => null;

    public IDogOrHuman? DogOrHuman => null;

    public IHumanOrRobot? HumanOrRobot => null;

    public IBeing? Being => null;

    public Arguments? Arguments => null;

    public IReadOnlyList<Dog?>? Dogs(int? first = null) => null;
}

public sealed class ValidationMutation
{
    public Dog? RenameDog(string name) => null;

    public bool? Feed(PetInput input, int? times = 1) => null;
}

public sealed class ValidationSubscription
{
    public Dog? DogBarked => null;

    public Cat? CatMeowed => null;
}

[InterfaceType("Being")]
public interface IBeing
{
    string? Name(bool? surname = null);
}

[InterfaceType("Mammal")]
public interface IMammal
{
    IMammal? Mother { get; }

    IMammal? Father { get; }
}

[InterfaceType("Pet")]
public interface IPet : IBeing
{
    string? Nickname { get; }
}

[InterfaceType("Canine")]
public interface ICanine : IMammal
{
    string? Name(bool? surname = null);
}

[InterfaceType("Human")]
public interface IHuman : IBeing, IMammal
{
    IReadOnlyList<IPet?>? Pets { get; }

    IReadOnlyList<IHuman?> Relatives { get; }

    int? Iq { get; }
}

[UnionType("CatOrDog")]
public interface ICatOrDog;

[UnionType("DogOrHuman")]
public interface IDogOrHuman;

[UnionType("HumanOrRobot")]
public interface IHumanOrRobot;

public sealed class Dog : IPet, ICanine, ICatOrDog, IDogOrHuman
{
    public string? Name(bool? surname = null) => null;

    public string? Nickname => null;

    public int? BarkVolume => null;

    public bool? Barks => null;

    public bool? DoesKnowCommand(DogCommand? dogCommand = null) => null;

    public bool? IsHouseTrained(bool? atOtherHomes = true) => null;

    public bool? IsAtLocation(int? x = null, int? y = null) => null;

    public Dog? Mother => null;

    public Dog? Father => null;

    IMammal? IMammal.Mother => null;

    IMammal? IMammal.Father => null;
}

public sealed class Cat : IPet, ICatOrDog
{
    public string? Name(bool? surname = null) => null;

    public string? Nickname => null;

    public bool? Meows => null;

    public int? MeowVolume => null;

    public FurColor? FurColor => null;
}

public sealed class Person : IHuman, IDogOrHuman, IHumanOrRobot
{
    public string? Name(bool? surname = null) => null;

    public IReadOnlyList<IPet?>? Pets => null;

    public IReadOnlyList<IHuman?> Relatives => [];

    public int? Iq => null;

    public IMammal? Mother => null;

    public IMammal? Father => null;
}

public sealed class Robot : IHumanOrRobot
{
    public string? Model => null;

    [ID]
    public string SerialNumber => "r";
}

public enum DogCommand
{
    Sit,
    Heel,
    Down,
}

public enum FurColor
{
    Brown,
    Black,
    Tan,
    Spotted,
    NoFur,
}

public sealed record PetInput(
    bool RequiredField,
    bool NonNullField = false,
    int? IntField = null,
    string? StringField = null,
    bool? BooleanField = null,
    IReadOnlyList<string?>? StringListField = null,
    FurColor? Color = null);

public sealed class PetFinder
{
    public string? ByName { get; init; }

    public int? ById { get; init; }

    public PetInput? ByShape { get; init; }
}

public sealed class PetFinderType : InputObjectType<PetFinder>
{
    protected override void Configure(IInputObjectTypeDescriptor<PetFinder> descriptor) => descriptor.OneOf();
}

public sealed class Arguments
{
    public string? IntArgField(int? intArg = null) => null;

    public string? NonNullIntArgField(int nonNullIntArg) => null;

    public string? StringArgField(string? stringArg = null) => null;

    public string? BooleanArgField(bool? booleanArg = null) => null;

    public string? EnumArgField(FurColor? enumArg = null) => null;

    public string? FloatArgField(double? floatArg = null) => null;

    public string? IdArgField([ID] string? idArg = null) => null;

    public string? StringListArgField(IReadOnlyList<string?>? stringListArg = null) => null;

    public string? StringListNonNullArgField(IReadOnlyList<string>? stringListNonNullArg = null) => null;

    public string? ComplexArgField(PetInput? complexArg = null) => null;

    public string? OneOfArgField(PetFinder? oneOfArg = null) => null;

    public string? MultipleReqs(int req1, int req2) => null;

    public string? NonNullFieldWithDefault(int arg = 0) => null;

    public string? MultipleOpts(int? opt1 = 0, int? opt2 = 0) => null;

    public string? MultipleOptAndReq(int req1, int req2, int? opt1 = 0, int? opt2 = 0) => null;
}

public sealed class OnFieldDirective : DirectiveType
{
    protected override void Configure(IDirectiveTypeDescriptor descriptor) => descriptor.Name("onField").Location(DirectiveLocation.Field);
}

public sealed class TagDirective : DirectiveType
{
    protected override void Configure(IDirectiveTypeDescriptor descriptor) => descriptor
        .Name("tag")
        .Repeatable()
        .Location(DirectiveLocation.Field)
        .Location(DirectiveLocation.FragmentSpread)
        .Location(DirectiveLocation.InlineFragment)
        .Argument("name", a => a.Type<NonNullType<StringType>>());
}

public sealed class ExecutableDirectives : DirectiveType
{
    private readonly string name;
    private readonly DirectiveLocation location;

    public ExecutableDirectives(string name, DirectiveLocation location)
    {
        this.name = name;
        this.location = location;
    }

    protected override void Configure(IDirectiveTypeDescriptor descriptor) => descriptor.Name(name).Location(location);
}

public sealed class LimitDirective : DirectiveType
{
    protected override void Configure(IDirectiveTypeDescriptor descriptor) => descriptor
        .Name("limit")
        .Location(DirectiveLocation.Field)
        .Argument("max", a => a.Type<NonNullType<IntType>>())
        .Argument("unit", a => a.Type<EnumType<FurColor>>());
}

public static class ValidationTestSchema
{
    private static readonly Lazy<Schema> Default = new(() => Build(withSubscriptions: false));
    private static readonly Lazy<Schema> Subscriptions = new(() => Build(withSubscriptions: true));

    /// <summary>Query and mutation roots, no subscription root.</summary>
    public static Schema Instance => Default.Value;

    /// <summary>The same schema with a subscription root.</summary>
    public static Schema WithSubscriptions => Subscriptions.Value;

    private static Schema Build(bool withSubscriptions)
    {
        var builder = SchemaBuilder.New()
            .AddQueryType<ValidationQuery>()
            .AddMutationType<ValidationMutation>()
            .AddType<Dog>()
            .AddType<Cat>()
            .AddType<Person>()
            .AddType<Robot>()
            .AddType<PetFinderType>()
            .AddDirectiveType<OnFieldDirective>()
            .AddDirectiveType<TagDirective>()
            .AddDirectiveType<LimitDirective>()
            .AddDirectiveType(new ExecutableDirectives("onQuery", DirectiveLocation.Query))
            .AddDirectiveType(new ExecutableDirectives("onMutation", DirectiveLocation.Mutation))
            .AddDirectiveType(new ExecutableDirectives("onSubscription", DirectiveLocation.Subscription))
            .AddDirectiveType(new ExecutableDirectives("onFragmentDefinition", DirectiveLocation.FragmentDefinition))
            .AddDirectiveType(new ExecutableDirectives("onFragmentSpread", DirectiveLocation.FragmentSpread))
            .AddDirectiveType(new ExecutableDirectives("onInlineFragment", DirectiveLocation.InlineFragment))
            .AddDirectiveType(new ExecutableDirectives("onVariableDefinition", DirectiveLocation.VariableDefinition));
        if (withSubscriptions)
        {
            builder.AddSubscriptionType<ValidationSubscription>();
        }

        return builder.Create();
    }
}
