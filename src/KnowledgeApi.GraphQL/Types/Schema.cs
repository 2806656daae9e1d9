using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// A built, validated schema: root types, every named type in a deterministic order, the
/// directive definitions, and the lookups the executor needs (types by name, possible types of
/// an abstract type, the object type of a CLR value).
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> typesByName;
    private readonly Dictionary<string, DirectiveType> directivesByName;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> possibleTypes;
    private readonly ConcurrentDictionary<Type, ObjectType?> objectTypesByRuntimeType = new();

    internal Schema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<INamedType> types,
        IReadOnlyList<DirectiveType> directives,
        SchemaOptions options)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        Directives = directives;
        Options = options;
        typesByName = types.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        directivesByName = directives.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        possibleTypes = types.OfType<IAbstractType>().ToDictionary(
            t => t.Name,
            t => (IReadOnlyList<ObjectType>)(t switch
            {
                UnionType union => union.Types,
                InterfaceType interfaceType => interfaceType.PossibleTypes,
                _ => [],
            }),
            StringComparer.Ordinal);
        MetaFields = new Introspection.IntrospectionFields(this);
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type: root types first, then in the order they are referenced; introspection types last.</summary>
    public IReadOnlyList<INamedType> Types { get; }

    public IReadOnlyList<DirectiveType> Directives { get; }

    public SchemaOptions Options { get; }

    /// <summary>The <c>__schema</c>, <c>__type</c> and <c>__typename</c> fields every query may ask for.</summary>
    public Introspection.IntrospectionFields MetaFields { get; }

    public INamedType GetType(string name) =>
        TryGetType(name, out var type) ? type : throw new KeyNotFoundException($"The schema has no type named '{name}'.");

    public T GetType<T>(string name)
        where T : INamedType =>
        GetType(name) is T typed ? typed : throw new InvalidCastException($"The type '{name}' is not a {typeof(T).Name}.");

    public bool TryGetType(string name, [NotNullWhen(true)] out INamedType? type) => typesByName.TryGetValue(name, out type);

    public bool TryGetDirective(string name, [NotNullWhen(true)] out DirectiveType? directive) => directivesByName.TryGetValue(name, out directive);

    /// <summary>The object types an interface or union may resolve to (an object type is its own only possible type).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(INamedType type) => type switch
    {
        ObjectType objectType => [objectType],
        _ => possibleTypes.GetValueOrDefault(type.Name) ?? [],
    };

    public bool IsPossibleType(INamedType abstractType, ObjectType objectType) => GetPossibleTypes(abstractType).Contains(objectType);

    /// <summary>The object type bound to a CLR type or its nearest base class; null when none is.</summary>
    public ObjectType? GetObjectTypeForRuntimeType(Type runtimeType)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        return objectTypesByRuntimeType.GetOrAdd(runtimeType, static (type, types) =>
        {
            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                if (types.OfType<ObjectType>().FirstOrDefault(t => t.RuntimeType == current) is { } match)
                {
                    return match;
                }
            }

            return null;
        }, Types);
    }

    /// <summary>The schema as SDL, in graphql-js's <c>printSchema</c> format.</summary>
    public string Print() => SchemaPrinter.Print(this);

    public override string ToString() => Print();
}
