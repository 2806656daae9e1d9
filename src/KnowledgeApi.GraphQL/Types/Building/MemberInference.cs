using System.Reflection;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>Which CLR members become fields, and what their names, types, descriptions and arguments are.</summary>
internal static class MemberInference
{
    private static readonly HashSet<string> ObjectMethods = ["ToString", "GetHashCode", "Equals", "GetType", "Deconstruct", "PrintMembers"];

    /// <summary>
    /// Public instance properties, then public instance methods that return something, each in
    /// declaration order. UNCONFIRMED whether Hot Chocolate 14 lists methods before properties
    /// (reflection's GetMembers order); the order is ours, stable, and snapshot-tested.
    /// </summary>
    public static IEnumerable<MemberInfo> OutputMembers(Type type, bool isInterface)
    {
        // A GraphQL interface repeats the fields of the interfaces it implements, so a C#
        // interface contributes the members of its base interfaces too.
        Type[] types = isInterface && type.IsInterface ? [type, .. type.GetInterfaces()] : [type];
        foreach (var declaring in types)
        {
            foreach (var property in Properties(declaring))
            {
                yield return property;
            }

            foreach (var method in declaring.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(IsFieldMethod)
                .OrderBy(m => m.DeclaringType == declaring ? 0 : 1)
                .ThenBy(m => m.MetadataToken))
            {
                yield return method;
            }
        }
    }

    /// <summary>Public instance properties that can be read; base class properties after the type's own.</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .OrderBy(p => Depth(type, p.DeclaringType))
            .ThenBy(p => p.MetadataToken);

    public static int DeclarationIndex(Type type, MemberInfo member, bool isInterface)
    {
        var index = 0;
        foreach (var candidate in OutputMembers(type, isInterface))
        {
            if (candidate == member)
            {
                return index;
            }

            index++;
        }

        return index;
    }

    public static ObjectFieldDescriptor CreateOutputField(MemberInfo member, SchemaBuildContext context, int order, string typeName)
    {
        var name = Naming.FieldName(member);
        var coordinate = $"{typeName}.{name}";
        var definition = new OutputFieldDefinition
        {
            Name = name,
            Member = member,
            Order = order,
            Description = context.Describe(member),
            DeprecationReason = Deprecation(member),
        };

        TypeRef type = member switch
        {
            PropertyInfo property => context.Inspector.FromProperty(property, input: false),
            MethodInfo method => context.Inspector.FromReturn(method),
            FieldInfo field => ClrTypeInspector.FromClrType(field.FieldType),
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };
        definition.Type = ApplyTypeAttributes(type, member, context, coordinate);
        context.ApplyDirectiveAttributes(definition.Directives, member);

        if (member is MethodInfo resolverMethod)
        {
            foreach (var parameter in resolverMethod.GetParameters())
            {
                if (ParameterBinding.Classify(parameter, context.Services) == ParameterKind.Argument)
                {
                    definition.Arguments.Add(CreateArgument(parameter, context, coordinate, definition.Arguments.Count));
                }
            }
        }

        var descriptor = new ObjectFieldDescriptor(definition, context);
        foreach (var attribute in member.GetCustomAttributes<ObjectFieldDescriptorAttribute>(inherit: true).OrderBy(a => a.Order))
        {
            attribute.Apply(context, descriptor, member);
        }

        return descriptor;
    }

    public static InputValueDefinition CreateArgument(ParameterInfo parameter, SchemaBuildContext context, string fieldCoordinate, int order)
    {
        var name = Naming.ArgumentName(parameter);
        var definition = new InputValueDefinition
        {
            Name = name,
            Order = order,
            Parameter = parameter,
            RuntimeType = parameter.ParameterType,
            Description = context.Describe(parameter),
            DeprecationReason = Deprecation(parameter),
            HasDefaultValue = parameter.HasDefaultValue,
            DefaultValue = parameter.HasDefaultValue ? parameter.DefaultValue : null,
        };
        definition.Type = ApplyTypeAttributes(context.Inspector.FromParameter(parameter), parameter, context, $"{fieldCoordinate}({name}:)");
        context.ApplyDirectiveAttributes(definition.Directives, parameter);
        return definition;
    }

    public static InputValueDefinition CreateInputField(PropertyInfo property, SchemaBuildContext context, string typeName, int order)
    {
        var name = Naming.FieldName(property);

        // A record's positional parameter with a default (record Options(int Limit = 20)) gives the field its default.
        var parameter = property.DeclaringType!.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.HasDefaultValue && string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
        var definition = new InputValueDefinition
        {
            HasDefaultValue = parameter is not null,
            DefaultValue = parameter?.DefaultValue,
            Name = name,
            Order = order,
            Property = property,
            RuntimeType = property.PropertyType,
            Description = context.Describe(property),
            DeprecationReason = Deprecation(property),
            Type = ApplyTypeAttributes(context.Inspector.FromProperty(property, input: true), property, context, $"{typeName}.{name}"),
        };
        context.ApplyDirectiveAttributes(definition.Directives, property);
        return definition;
    }

    /// <summary><c>[GraphQLDeprecated]</c> or <c>[Obsolete]</c>; a bare <c>[Obsolete]</c> gets the default reason.</summary>
    public static string? Deprecation(ICustomAttributeProvider member)
    {
        var attributes = member.GetCustomAttributes(true);
        if (attributes.OfType<GraphQLDeprecatedAttribute>().FirstOrDefault() is { } deprecated)
        {
            return deprecated.Reason;
        }

        return attributes.OfType<ObsoleteAttribute>().FirstOrDefault() is { } obsolete
            ? (string.IsNullOrEmpty(obsolete.Message) ? DeprecationReasons.Default : obsolete.Message)
            : null;
    }

    private static TypeRef ApplyTypeAttributes(TypeRef inferred, ICustomAttributeProvider member, SchemaBuildContext context, string coordinate)
    {
        var attributes = member.GetCustomAttributes(true);
        var type = inferred;
        if (attributes.OfType<GraphQLTypeAttribute>().FirstOrDefault() is { } explicitType)
        {
            type = explicitType.Type is not null
                ? TypeRef.FromSchemaType(explicitType.Type)
                : context.ParseTypeSyntax(explicitType.TypeSyntax!, coordinate);
        }

        if (attributes.FirstOrDefault(a => a.GetType().IsGenericType && a.GetType().GetGenericTypeDefinition() == typeof(GraphQLTypeAttribute<>)) is { } generic)
        {
            type = TypeRef.FromSchemaType(generic.GetType().GetGenericArguments()[0]);
        }

        if (attributes.OfType<IDAttribute>().Any())
        {
            type = type.WithNamed(new SchemaTypeRef(typeof(IdType)));
        }

        if (attributes.OfType<GraphQLNonNullTypeAttribute>().FirstOrDefault() is { } nonNull)
        {
            type = type.WithNullability(nonNull.Nullable);
        }

        return type;
    }

    private static bool IsFieldMethod(MethodInfo method) =>
        !method.IsSpecialName
        && !method.IsGenericMethodDefinition
        && method.DeclaringType != typeof(object)
        && method.ReturnType != typeof(void)
        && method.ReturnType != typeof(Task)
        && method.ReturnType != typeof(ValueTask)
        && !ObjectMethods.Contains(method.Name)
        && !method.Name.Contains('<', StringComparison.Ordinal)
        && method.GetParameters().All(p => !p.ParameterType.IsByRef)
        && method.GetCustomAttribute<GraphQLIgnoreAttribute>() is null;

    private static int Depth(Type type, Type? declaring)
    {
        var depth = 0;
        for (var current = type; current is not null && current != declaring; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
