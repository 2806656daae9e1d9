using KnowledgeApi.GraphQL.Introspection;
using KnowledgeApi.GraphQL.Types.Validation;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// The steps of one schema build, in order: register the types the application named, let each
/// type run its descriptor and discover the types it refers to, name them, complete them
/// (fields, resolvers, interfaces, members), then validate the whole schema.
/// </summary>
internal sealed class SchemaAssembly(
    SchemaBuildContext context,
    IReadOnlyList<DirectiveType> customDirectives,
    IReadOnlyList<Conventions.ISchemaConvention> conventions)
{
    private readonly List<DirectiveType> directives = [.. SpecifiedDirectives.Create(), .. customDirectives];
    private bool initializationFailed;

    public Schema Assemble(object? query, object? mutation, object? subscription, IReadOnlyList<object> types)
    {
        var registry = context.Registry;

        // Type classes first, so the CLR types they bind are known before anything is inferred.
        foreach (var type in types)
        {
            if (type is TypeSystemObject instance)
            {
                registry.Register(instance);
            }
            else if (type is Type schemaClass && typeof(TypeSystemObject).IsAssignableFrom(schemaClass))
            {
                context.FindOrCreateSchemaClass(schemaClass, "AddType");
            }
        }

        var queryRoot = RegisterRoot(query, context.Options.QueryTypeName);
        var mutationRoot = RegisterRoot(mutation, context.Options.MutationTypeName);
        var subscriptionRoot = RegisterRoot(subscription, context.Options.SubscriptionTypeName);
        foreach (var type in types.OfType<Type>().Where(t => !typeof(TypeSystemObject).IsAssignableFrom(t)))
        {
            context.Discover(new ClrTypeRef(type), input: type.IsEnum, "AddType");
        }

        foreach (var introspectionType in IntrospectionTypes.Create())
        {
            registry.Register(introspectionType);
        }

        // Introspection answers with names and flags, so every schema has String and Boolean.
        context.FindOrCreateSchemaClass(typeof(StringType), "__Type.name");
        context.FindOrCreateSchemaClass(typeof(BooleanType), "__Field.isDeprecated");

        foreach (var directive in directives)
        {
            Guard(directive.GetType().Name, () => directive.Initialize(context));
        }

        // Cost defaults put @cost on fields while they complete, after directives are known: declare it now.
        if (Execution.Analysis.CostDefaults.Of(context) is not null)
        {
            context.AppliedDirectives.TryAdd(Execution.Analysis.CostDirective.DirectiveName, new Execution.Analysis.CostDirective(0));
        }

        InitializeQueued();

        // Conventions (mutation conventions, the query field on payloads) reshape root fields once
        // every type has its definition and name; the types they add are initialized right after.
        foreach (var convention in conventions.OrderBy(c => c.Order))
        {
            if (!initializationFailed)
            {
                convention.Apply(context, queryRoot as ObjectType, mutationRoot as ObjectType);
                InitializeQueued();
            }
        }

        // Members applied directives the application did not declare (@cost, @listSize): the schema gains
        // their definitions, whose argument types may in turn need initializing.
        foreach (var applied in context.AppliedDirectives.Values)
        {
            if (!directives.Exists(d => d.Name == applied.Name))
            {
                var definition = applied.CreateDefinition();
                directives.Add(definition);
                Guard(definition.GetType().Name, () => definition.Initialize(context));
            }
        }

        InitializeQueued();

        // A type whose descriptor failed has no definition to complete: stop with what is known.
        if (initializationFailed)
        {
            throw new SchemaException(context.Errors);
        }

        // Names are known only now, after the descriptors ran, so root kinds are checked here.
        var queryType = AsObjectType(queryRoot, "query");
        var mutationType = AsObjectType(mutationRoot, "mutation");
        var subscriptionType = AsObjectType(subscriptionRoot, "subscription");

        NameTypes();
        // Input objects first: default values of arguments are written with their fields.
        foreach (var type in registry.Types.OrderBy(t => t.Kind == TypeKind.InputObject ? 0 : 1).ToList())
        {
            type.Complete(context);
        }

        foreach (var directive in directives)
        {
            directive.Complete(context);
        }

        foreach (var interfaceType in registry.Types.OfType<InterfaceType>())
        {
            interfaceType.SetPossibleTypes([.. registry.Types.OfType<ObjectType>().Where(o => Implements(o, interfaceType))]);
        }

        if (queryType is null)
        {
            context.ReportError("The schema has no query type: call AddQueryType.", null);
        }

        if (context.Errors.Count > 0)
        {
            throw new SchemaException(context.Errors);
        }

        var schema = new Schema(
            context.Options.Description,
            queryType!,
            mutationType,
            subscriptionType,
            TypeOrder.Collect(queryType!, mutationType, subscriptionType, registry.Types, directives),
            directives,
            context.Options);
        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        return schema;
    }

    private void InitializeQueued()
    {
        while (context.Registry.TryDequeueUninitialized(out var type))
        {
            Guard(type.GetType().Name, () => type.Initialize(context));
            var directivesOfType = new List<IAppliedDirective>(type.Directives);
            context.ApplyDirectiveAttributes(directivesOfType, type.GetType());
            if (type.RuntimeType is { } runtimeType && runtimeType != type.GetType())
            {
                context.ApplyDirectiveAttributes(directivesOfType, runtimeType);
            }

            type.Directives = directivesOfType;
        }
    }

    // A descriptor misused in Configure (a lambda that selects no member, an unknown enum value)
    // becomes a schema error naming the type class, reported with all the others.
    private void Guard(string typeClass, Action initialize)
    {
        try
        {
            initialize();
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            context.ReportError($"Configuring {typeClass} failed: {error.Message}", typeClass);
            initializationFailed = true;
        }
    }

    private TypeSystemObject? RegisterRoot(object? root, string defaultName) => root switch
    {
        null => null,
        TypeSystemObject instance => Register(instance),
        Type schemaClass when typeof(TypeSystemObject).IsAssignableFrom(schemaClass) => context.FindOrCreateSchemaClass(schemaClass, defaultName),
        Type clrType => CreateRoot(clrType, defaultName),
        _ => null,
    };

    private ObjectType? AsObjectType(TypeSystemObject? root, string operation)
    {
        if (root is not null and not ObjectType)
        {
            context.ReportError($"The {operation} root type {root.Name} must be an object type, but it is a {root.Kind} type.", root.Name);
            return null;
        }

        return (ObjectType?)root;
    }

    private TypeSystemObject Register(TypeSystemObject instance)
    {
        context.Registry.Register(instance);
        return instance;
    }

    // A plain class as a root type is named after the operation (Query, Mutation), as in Hot Chocolate.
    private ObjectType CreateRoot(Type clrType, string name)
    {
        var root = (ObjectType)Activator.CreateInstance(typeof(ObjectType<>).MakeGenericType(clrType))!;
        root.RootName = name;
        context.Registry.Register(root);
        return root;
    }

    private void NameTypes()
    {
        foreach (var type in context.Registry.Types)
        {
            if (context.Registry.ByName.TryGetValue(type.Name, out var existing))
            {
                context.ReportError(
                    $"The type name '{type.Name}' is used by two different types ({Describe(existing)} and {Describe(type)}); type names must be unique.",
                    type.Name);
                continue;
            }

            context.Registry.ByName[type.Name] = type;
        }
    }

    private static string Describe(TypeSystemObject type) =>
        type.RuntimeType is { } runtime && type.GetType().IsGenericType ? $"{type.Kind} from {runtime.Name}" : $"{type.Kind} {type.GetType().Name}";

    private static bool Implements(ObjectType objectType, InterfaceType interfaceType) =>
        objectType.Interfaces.Contains(interfaceType);
}
