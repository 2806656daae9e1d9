using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>An enum type: named values, each standing for a CLR value. Created through <see cref="EnumType{T}"/>.</summary>
public abstract class EnumType : TypeSystemObject
{
    private Dictionary<string, EnumValue> byName = [];
    private Dictionary<object, EnumValue> byRuntimeValue = [];

    private protected EnumType()
    {
    }

    public sealed override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValue> Values { get; private set; } = [];

    public bool TryGetValue(string name, [NotNullWhen(true)] out EnumValue? value) => byName.TryGetValue(name, out value);

    public bool TryGetValueByRuntimeValue(object runtimeValue, [NotNullWhen(true)] out EnumValue? value) =>
        byRuntimeValue.TryGetValue(runtimeValue, out value);

    /// <summary>An enum literal into its CLR value; throws <see cref="LeafCoercionException"/> for unknown names.</summary>
    public object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        EnumValueNode e when byName.TryGetValue(e.Value, out var value) => value.RuntimeValue,
        EnumValueNode e => throw new LeafCoercionException($"Value \"{e.Value}\" does not exist in \"{Name}\" enum."),
        _ => throw new LeafCoercionException($"Enum \"{Name}\" cannot represent a non-enum value: {literal.Kind} literal."),
    };

    /// <summary>A variable's value (the value's name as a string) into its CLR value.</summary>
    public object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        string name when byName.TryGetValue(name, out var enumValue) => enumValue.RuntimeValue,
        var other => throw new LeafCoercionException($"Value \"{other}\" does not exist in \"{Name}\" enum."),
    };

    /// <summary>A CLR value into the name the response writes.</summary>
    public string? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        _ when byRuntimeValue.TryGetValue(runtimeValue, out var value) => value.Name,
        _ => throw new LeafCoercionException($"Enum \"{Name}\" cannot represent the value {runtimeValue}."),
    };

    private protected void SetValues(IReadOnlyList<EnumValue> values)
    {
        Values = values;
        byName = values.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        byRuntimeValue = values.GroupBy(v => v.RuntimeValue).ToDictionary(g => g.Key, g => g.First());
    }
}

/// <summary>
/// The enum type of the C# enum <typeparamref name="T"/>: each member becomes a value named in
/// upper snake case (<c>FooBar</c> → <c>FOO_BAR</c>). Subclass it to configure names and descriptions.
/// </summary>
public class EnumType<T> : EnumType
    where T : struct, Enum
{
    private readonly Action<IEnumTypeDescriptor<T>>? configure;
    private EnumTypeDefinition? definition;

    public EnumType() => RuntimeType = typeof(T);

    public EnumType(Action<IEnumTypeDescriptor<T>> configure)
        : this() => this.configure = configure;

    protected virtual void Configure(IEnumTypeDescriptor<T> descriptor) => configure?.Invoke(descriptor);

    internal sealed override void Initialize(SchemaBuildContext context)
    {
        definition = new EnumTypeDefinition
        {
            Name = Naming.TypeName(typeof(T), TypeKind.Enum),
            Description = context.Describe(typeof(T)),
            RuntimeType = typeof(T),
        };
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            definition.Values.Add(new EnumValueDefinition
            {
                Name = field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? Naming.ToUpperSnakeCase(field.Name),
                Description = context.Describe(field),
                DeprecationReason = MemberInference.Deprecation(field),
                Ignored = field.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null,
                Value = field.GetValue(null)!,
            });
        }

        Configure(new Descriptor(definition));
        Name = definition.Name;
        Description = definition.Description;

        // Values depend on no other type, and default values of arguments elsewhere need them, so they are final now.
        SetValues([.. definition.Values.Where(v => !v.Ignored).Select(v => new EnumValue(v.Name, v.Description, v.DeprecationReason, v.Value))]);
        definition = null;
    }

    internal sealed override void Complete(SchemaBuildContext context)
    {
    }

    private sealed class Descriptor(EnumTypeDefinition definition) : IEnumTypeDescriptor<T>
    {
        public IEnumTypeDescriptor<T> Name(string name)
        {
            definition.Name = name;
            return this;
        }

        public IEnumTypeDescriptor<T> Description(string? description)
        {
            definition.Description = description;
            return this;
        }

        public IEnumValueDescriptor Value(T value) =>
            new ValueDescriptor(definition.Values.Find(v => v.Value.Equals(value))
                ?? throw new ArgumentException($"{value} is not a declared member of {typeof(T).Name}.", nameof(value)));
    }

    private sealed class ValueDescriptor(EnumValueDefinition definition) : IEnumValueDescriptor
    {
        public IEnumValueDescriptor Name(string name)
        {
            definition.Name = name;
            return this;
        }

        public IEnumValueDescriptor Description(string? description)
        {
            definition.Description = description;
            return this;
        }

        public IEnumValueDescriptor Deprecated(string? reason = null)
        {
            definition.DeprecationReason = reason ?? DeprecationReasons.Default;
            return this;
        }

        public IEnumValueDescriptor Ignore(bool ignore = true)
        {
            definition.Ignored = ignore;
            return this;
        }
    }
}
