using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.CodeFirst;

/// <summary>
/// A resolver context without an executor: the test sets the parent, argument values and
/// services, then calls a field's compiled resolver or pipeline through the contract.
/// </summary>
internal sealed record FakeResolverContext(Schema Schema, ObjectType ObjectType, OutputField Field) : IMiddlewareContext
{
    public FieldNode Selection => throw new NotSupportedException("The fake context has no selection.");

    public ResponsePath Path { get; init; } = ResponsePath.Root.Append(Field.Name);

    public CancellationToken RequestAborted { get; init; }

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public IBatchScheduler BatchScheduler => throw new NotSupportedException();

    public IServiceProvider Services { get; init; } = new TestServices();

    public object? ParentValue { get; init; }

    public Dictionary<string, object?> Arguments { get; } = [];

    public List<string> ArgumentsRead { get; } = [];

    public object? Result { get; set; }

    public static FakeResolverContext For(Schema schema, string typeName, string fieldName, object? parent = null) =>
        new(schema, schema.GetType<ObjectType>(typeName), schema.GetType<ObjectType>(typeName).Fields[fieldName]) { ParentValue = parent };

    public T Parent<T>() => (T)ParentValue!;

    // Arguments the request left out take the field's default, as the executor will do.
    public T ArgumentValue<T>(string name)
    {
        ArgumentsRead.Add(name);
        if (Arguments.TryGetValue(name, out var value))
        {
            return (T)value!;
        }

        var argument = Field.Arguments[name];
        return argument.DefaultValue is { } literal ? (T)ParseDefault(argument.Type, literal)! : default!;
    }

    public TLiteral ArgumentLiteral<TLiteral>(string name)
        where TLiteral : IValueNode => throw new NotSupportedException();

    public T Service<T>()
        where T : notnull => (T)(Services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));

    private static object? ParseDefault(IType type, IValueNode literal) => type.NullableType() switch
    {
        ScalarType scalar => scalar.ParseLiteral(literal),
        EnumType enumType => enumType.ParseLiteral(literal),
        _ => throw new NotSupportedException(),
    };
}
