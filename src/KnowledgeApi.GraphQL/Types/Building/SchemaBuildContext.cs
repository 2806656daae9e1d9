using System.Reflection;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// The state of one schema build, shared by the type objects while they initialize and
/// complete: the registry, the application's services and options, and the errors found so far
/// (collected, so one build reports every problem at once).
/// </summary>
internal sealed class SchemaBuildContext(IServiceProvider services, SchemaOptions options) : IDescriptorContext
{
    public IServiceProvider Services { get; } = services;

    public SchemaOptions Options { get; } = options;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public TypeRegistry Registry { get; } = new();

    public ClrTypeInspector Inspector { get; } = new();

    public List<SchemaError> Errors { get; } = [];

    public void ReportError(string message, string? coordinate, string? code = null) => Errors.Add(new SchemaError(message, coordinate) { Code = code });

    /// <summary>Directives members applied, by name, so the schema gains the definitions of those it does not declare.</summary>
    public Dictionary<string, IAppliedDirective> AppliedDirectives { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="directive"/> to a member's list and remembers that the schema uses it.</summary>
    public void ApplyDirective(List<IAppliedDirective> target, IAppliedDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        target.Add(directive);
        AppliedDirectives.TryAdd(directive.Name, directive);
    }

    /// <summary>Applies the directives the member's <see cref="AppliedDirectiveAttribute"/>s describe (<c>[Cost]</c>, <c>[ListSize]</c>).</summary>
    public void ApplyDirectiveAttributes(List<IAppliedDirective> target, ICustomAttributeProvider? member)
    {
        if (member is null)
        {
            return;
        }

        foreach (var attribute in member.GetCustomAttributes(typeof(AppliedDirectiveAttribute), true).OfType<AppliedDirectiveAttribute>())
        {
            ApplyDirective(target, attribute.CreateDirective());
        }
    }

    /// <summary><c>[GraphQLDescription]</c>, else the XML documentation summary when enabled.</summary>
    public string? Describe(ICustomAttributeProvider member)
    {
        var attribute = member.GetCustomAttributes(typeof(GraphQLDescriptionAttribute), true).OfType<GraphQLDescriptionAttribute>().FirstOrDefault();
        return attribute?.Description ?? (Options.UseXmlDocumentation ? XmlDocumentation.Summary(member) : null);
    }

    public TypeRef ParseTypeSyntax(string syntax, string coordinate)
    {
        var parsed = TypeRef.FromSyntax(syntax);
        if (parsed is null)
        {
            ReportError($"The type '{syntax}' given for {coordinate} is not valid GraphQL type syntax.", coordinate);
            return new NameRef("String");
        }

        return parsed;
    }

    /// <summary>Makes sure the type a reference names is registered (creating implicit types for CLR classes and enums).</summary>
    public void Discover(TypeRef reference, bool input, string coordinate)
    {
        switch (reference.Named())
        {
            case ClrTypeRef clr:
                FindOrCreate(clr.RuntimeType, input, coordinate);
                break;
            case SchemaTypeRef schema:
                FindOrCreateSchemaClass(schema.SchemaType, coordinate);
                break;
            case InstanceRef instance:
                Registry.Register(instance.Type);
                break;
            case NameRef name when BuiltInScalars.ScalarClassForName(name.Name) is { } scalarClass:
                FindOrCreateSchemaClass(scalarClass, coordinate);
                break;
        }
    }

    /// <summary>The final type of a reference, once every type is registered and named; null (with an error) when it names nothing.</summary>
    public IType? Resolve(TypeRef reference, bool input, string coordinate)
    {
        switch (reference)
        {
            case NonNullRef nonNull:
                return Resolve(nonNull.Inner, input, coordinate) is { } inner ? new NonNullType(inner) : null;
            case ListRef list:
                return Resolve(list.Element, input, coordinate) is { } element ? new ListType(element) : null;
            case NameRef name:
                if (Registry.ByName.TryGetValue(name.Name, out var named))
                {
                    return named;
                }

                ReportError($"{coordinate} refers to the type '{name.Name}', which the schema does not define.", coordinate);
                return null;
            case ClrTypeRef clr:
                return FindOrCreate(clr.RuntimeType, input, coordinate);
            case SchemaTypeRef schema:
                return FindOrCreateSchemaClass(schema.SchemaType, coordinate);
            case InstanceRef instance:
                return instance.Type;
            default:
                throw new ArgumentOutOfRangeException(nameof(reference));
        }
    }

    public TypeSystemObject? FindOrCreateSchemaClass(Type schemaClass, string coordinate)
    {
        if (Registry.BySchemaClass(schemaClass) is { } existing)
        {
            return existing;
        }

        if (schemaClass.IsAbstract || schemaClass.GetConstructor(Type.EmptyTypes) is null)
        {
            ReportError($"The type class {schemaClass.Name} used by {coordinate} cannot be created: it needs a public parameterless constructor.", coordinate);
            return null;
        }

        var created = (TypeSystemObject)Activator.CreateInstance(schemaClass)!;
        Registry.Register(created);
        return created;
    }

    private TypeSystemObject? FindOrCreate(Type runtimeType, bool input, string coordinate)
    {
        if (typeof(TypeSystemObject).IsAssignableFrom(runtimeType))
        {
            return FindOrCreateSchemaClass(runtimeType, coordinate);
        }

        if (Registry.ByRuntimeType(runtimeType, input) is { } bound)
        {
            return bound;
        }

        if (BuiltInScalars.ScalarClassFor(runtimeType) is { } scalarClass)
        {
            return FindOrCreateSchemaClass(scalarClass, coordinate);
        }

        if (ImplicitSchemaClass(runtimeType, input) is not { } implicitClass)
        {
            ReportError(
                $"{coordinate} uses the CLR type {runtimeType.Name}, which has no GraphQL {(input ? "input" : "output")} type. "
                + "Bind it to a type class or set the field's type explicitly.",
                coordinate);
            return null;
        }

        var created = (TypeSystemObject)Activator.CreateInstance(implicitClass)!;
        Registry.Register(created);
        return created;
    }

    private static Type? ImplicitSchemaClass(Type runtimeType, bool input)
    {
        if (runtimeType.IsEnum)
        {
            return typeof(EnumType<>).MakeGenericType(runtimeType);
        }

        if (runtimeType == typeof(object) || runtimeType.IsPrimitive || runtimeType.IsGenericTypeDefinition
            || typeof(Delegate).IsAssignableFrom(runtimeType) || runtimeType.IsPointer
            || ClrTypeInspector.ElementType(runtimeType) is not null)
        {
            return null;
        }

        if (input)
        {
            return runtimeType.IsInterface || runtimeType.IsAbstract ? null : typeof(InputObjectType<>).MakeGenericType(runtimeType);
        }

        if (runtimeType.GetCustomAttribute<UnionTypeAttribute>() is not null)
        {
            return typeof(UnionType<>).MakeGenericType(runtimeType);
        }

        return runtimeType.IsInterface || runtimeType.GetCustomAttribute<InterfaceTypeAttribute>() is not null
            ? typeof(InterfaceType<>).MakeGenericType(runtimeType)
            : typeof(ObjectType<>).MakeGenericType(runtimeType);
    }
}
