using System.Linq.Expressions;
using System.Reflection;
using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Types.Descriptors;

/// <summary>
/// Describes an object or interface type. Fields are inferred from the CLR type's members
/// after <c>Configure</c> ran, so what <c>Configure</c> said about a member wins, and fields keep
/// the order in which the members are declared.
/// </summary>
internal class ComplexTypeDescriptor(SchemaBuildContext context, ComplexTypeDefinition definition, bool isInterface)
    : IObjectTypeDescriptor, IInterfaceTypeDescriptor
{
    // Fields added by name come after the inferred ones, in the order they were added.
    private const int AddedFieldOrder = 1_000_000;

    protected SchemaBuildContext Context { get; } = context;

    public ComplexTypeDefinition Definition { get; } = definition;

    public IObjectTypeDescriptor Name(string name)
    {
        Definition.Name = name;
        return this;
    }

    public IObjectTypeDescriptor Description(string? description)
    {
        Definition.Description = description;
        return this;
    }

    public IObjectTypeDescriptor Implements<TInterface>()
        where TInterface : InterfaceType
    {
        Definition.Interfaces.Add(new SchemaTypeRef(typeof(TInterface)));
        return this;
    }

    public IObjectFieldDescriptor Field(string name)
    {
        var field = Definition.Fields.Find(f => f.Name == name);
        if (field is null && Definition.RuntimeType is { } runtimeType && !Definition.FieldsBoundExplicitly)
        {
            var member = MemberInference.OutputMembers(runtimeType, isInterface)
                .FirstOrDefault(m => Naming.FieldName(m) == name);
            if (member is not null)
            {
                return FieldFor(member);
            }
        }

        if (field is null)
        {
            field = new OutputFieldDefinition { Name = name, Order = AddedFieldOrder + Definition.Fields.Count };
            Definition.Fields.Add(field);
        }

        return new ObjectFieldDescriptor(field, Context);
    }

    public IObjectTypeDescriptor Directive(IAppliedDirective directive)
    {
        Context.ApplyDirective(Definition.Directives, directive);
        return this;
    }

    public IObjectTypeDescriptor BindFieldsExplicitly()
    {
        Definition.FieldsBoundExplicitly = true;
        return this;
    }

    /// <summary>Adds the fields of members <c>Configure</c> did not mention.</summary>
    public void InferRemainingFields()
    {
        if (Definition.RuntimeType is { } runtimeType && !Definition.FieldsBoundExplicitly)
        {
            foreach (var member in MemberInference.OutputMembers(runtimeType, isInterface))
            {
                if (!Definition.Fields.Exists(f => f.Member == member) && member.GetCustomAttribute<GraphQLIgnoreAttribute>() is null)
                {
                    FieldFor(member);
                }
            }
        }

        // A stable sort: fields bound to members of another class (resolver methods) share one
        // order value, and must keep the order Configure gave them (List.Sort is not stable).
        var sorted = Definition.Fields.OrderBy(f => f.Order).ToList();
        Definition.Fields.Clear();
        Definition.Fields.AddRange(sorted);
    }

    protected IObjectFieldDescriptor FieldFor(MemberInfo member)
    {
        var existing = Definition.Fields.Find(f => f.Member == member);
        if (existing is not null)
        {
            return new ObjectFieldDescriptor(existing, Context);
        }

        var order = MemberInference.DeclarationIndex(Definition.RuntimeType!, member, isInterface);
        var descriptor = MemberInference.CreateOutputField(member, Context, order, Definition.Name);
        Definition.Fields.Add(descriptor.Definition);
        return descriptor;
    }

    protected static MemberInfo MemberOf(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body switch
        {
            MemberExpression { Member: PropertyInfo or FieldInfo } member => member.Member,
            MethodCallExpression call => call.Method,
            _ => throw new ArgumentException($"'{expression}' does not select a property or method.", nameof(expression)),
        };
    }

    IInterfaceTypeDescriptor IInterfaceTypeDescriptor.Name(string name)
    {
        Name(name);
        return this;
    }

    IInterfaceTypeDescriptor IInterfaceTypeDescriptor.Description(string? description)
    {
        Description(description);
        return this;
    }

    IInterfaceTypeDescriptor IInterfaceTypeDescriptor.Implements<TInterface>()
    {
        Implements<TInterface>();
        return this;
    }

    IInterfaceTypeDescriptor IInterfaceTypeDescriptor.BindFieldsExplicitly()
    {
        BindFieldsExplicitly();
        return this;
    }
}

/// <summary>Describes an object or interface type bound to <typeparamref name="T"/>.</summary>
internal sealed class ComplexTypeDescriptor<T>(SchemaBuildContext context, ComplexTypeDefinition definition, bool isInterface)
    : ComplexTypeDescriptor(context, definition, isInterface), IObjectTypeDescriptor<T>, IInterfaceTypeDescriptor<T>
{
    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member) => FieldFor(MemberOf(member));
}
