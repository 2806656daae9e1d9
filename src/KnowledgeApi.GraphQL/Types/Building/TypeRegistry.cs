namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Every type object of the schema being built, found by its class, by the CLR type it is bound
/// to (separately for output and input use) and, once named, by its GraphQL name.
/// </summary>
internal sealed class TypeRegistry
{
    private readonly List<TypeSystemObject> types = [];
    private readonly Queue<TypeSystemObject> uninitialized = new();
    private readonly Dictionary<Type, TypeSystemObject> bySchemaClass = [];
    private readonly Dictionary<Type, TypeSystemObject> outputByRuntimeType = [];
    private readonly Dictionary<Type, TypeSystemObject> inputByRuntimeType = [];

    public IReadOnlyList<TypeSystemObject> Types => types;

    public Dictionary<string, TypeSystemObject> ByName { get; } = new(StringComparer.Ordinal);

    public void Register(TypeSystemObject type)
    {
        if (types.Contains(type))
        {
            return;
        }

        types.Add(type);
        uninitialized.Enqueue(type);
        bySchemaClass.TryAdd(type.GetType(), type);
        if (type.RuntimeType is { } runtimeType && runtimeType != typeof(object))
        {
            if (type.Kind is not TypeKind.InputObject)
            {
                outputByRuntimeType.TryAdd(runtimeType, type);
            }

            if (type.Kind is TypeKind.InputObject or TypeKind.Enum or TypeKind.Scalar)
            {
                inputByRuntimeType.TryAdd(runtimeType, type);
            }
        }
    }

    public bool TryDequeueUninitialized(out TypeSystemObject type) => uninitialized.TryDequeue(out type!);

    public TypeSystemObject? BySchemaClass(Type schemaClass) => bySchemaClass.GetValueOrDefault(schemaClass);

    public TypeSystemObject? ByRuntimeType(Type runtimeType, bool input) =>
        (input ? inputByRuntimeType : outputByRuntimeType).GetValueOrDefault(runtimeType);
}
