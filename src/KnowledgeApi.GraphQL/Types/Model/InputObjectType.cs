using System.Linq.Expressions;
using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>An input object type. Created through <see cref="InputObjectType{T}"/>, which binds it to a class or record.</summary>
public abstract class InputObjectType : TypeSystemObject
{
    private protected InputObjectType()
    {
    }

    public sealed override TypeKind Kind => TypeKind.InputObject;

    public FieldCollection<InputValue> Fields { get; private protected set; } = new FieldCollection<InputValue>([]);

    /// <summary>True for a <c>@oneOf</c> input object: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; private protected set; }

    /// <summary>
    /// Builds the CLR object from coerced field values keyed by GraphQL field name; fields that
    /// were not given keep the constructor's default or the property's initial value.
    /// </summary>
    public abstract object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues);
}

/// <summary>
/// The input object of the class or record <typeparamref name="T"/>: its public properties become
/// fields (the type is named <c>TInput</c>). Records are created through their constructor.
/// </summary>
public class InputObjectType<T> : InputObjectType
{
    private readonly Action<IInputObjectTypeDescriptor<T>>? configure;
    private InputObjectTypeDefinition? definition;
    private Func<IReadOnlyDictionary<string, object?>, object>? factory;

    public InputObjectType() => RuntimeType = typeof(T);

    public InputObjectType(Action<IInputObjectTypeDescriptor<T>> configure)
        : this() => this.configure = configure;

    public override object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues)
    {
        ArgumentNullException.ThrowIfNull(fieldValues);
        factory ??= InputObjectFactory.Compile(typeof(T), Fields);
        return factory(fieldValues);
    }

    protected virtual void Configure(IInputObjectTypeDescriptor<T> descriptor) => configure?.Invoke(descriptor);

    internal sealed override void Initialize(SchemaBuildContext context)
    {
        definition = new InputObjectTypeDefinition
        {
            Name = Naming.TypeName(typeof(T), TypeKind.InputObject),
            Description = context.Describe(typeof(T)),
            RuntimeType = typeof(T),
        };
        var descriptor = new Descriptor(definition, context);
        Configure(descriptor);
        if (!definition.FieldsBoundExplicitly)
        {
            foreach (var property in MemberInference.Properties(typeof(T)))
            {
                if (!definition.Fields.Exists(f => f.Property == property) && !property.IsDefined(typeof(GraphQLIgnoreAttribute), true))
                {
                    descriptor.FieldFor(property);
                }
            }
        }

        Name = definition.Name;
        Description = definition.Description;
        IsOneOf = definition.IsOneOf;
        FieldCompletion.DiscoverInputValues(definition.Fields, context, field => $"{Name}.{field}");
    }

    internal sealed override void Complete(SchemaBuildContext context)
    {
        Fields = FieldCompletion.CompleteInputValues(definition!.Fields, context, field => $"{Name}.{field}");
        definition = null;
    }

    private sealed class Descriptor(InputObjectTypeDefinition definition, SchemaBuildContext context) : IInputObjectTypeDescriptor<T>
    {
        public IInputObjectTypeDescriptor<T> Name(string name)
        {
            definition.Name = name;
            return this;
        }

        public IInputObjectTypeDescriptor<T> Description(string? description)
        {
            definition.Description = description;
            return this;
        }

        public IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> property)
        {
            var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
            return body is MemberExpression { Member: System.Reflection.PropertyInfo info }
                ? FieldFor(info)
                : throw new ArgumentException($"'{property}' does not select a property.", nameof(property));
        }

        public IInputFieldDescriptor Field(string name)
        {
            var field = definition.Fields.Find(f => f.Property is null && f.Name == name);
            if (field is null)
            {
                field = new InputValueDefinition { Name = name, Order = definition.Fields.Count };
                definition.Fields.Add(field);
            }

            return new InputValueDescriptor(field, context);
        }

        public IInputObjectTypeDescriptor<T> OneOf()
        {
            definition.IsOneOf = true;
            return this;
        }

        public IInputObjectTypeDescriptor<T> BindFieldsExplicitly()
        {
            definition.FieldsBoundExplicitly = true;
            return this;
        }

        public InputValueDescriptor FieldFor(System.Reflection.PropertyInfo property)
        {
            var field = definition.Fields.Find(f => f.Property == property);
            if (field is null)
            {
                var order = MemberInference.Properties(typeof(T)).TakeWhile(p => p != property).Count();
                field = MemberInference.CreateInputField(property, context, definition.Name, order);
                definition.Fields.Add(field);
            }

            return new InputValueDescriptor(field, context);
        }
    }
}
