using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// Builds a schema from C# classes in Hot Chocolate's manner:
/// <c>SchemaBuilder.New().AddQueryType&lt;Query&gt;().AddType&lt;ArticleType&gt;().Create()</c>.
/// <see cref="Create"/> validates the result and throws a <see cref="SchemaException"/> listing
/// every problem.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<object> types = [];
    private readonly List<DirectiveType> directives = [];
    private readonly List<Action<SchemaOptions>> optionChanges = [];
    private readonly List<Conventions.ISchemaConvention> conventions = [];
    private object? queryType;
    private object? mutationType;
    private object? subscriptionType;
    private IServiceProvider services = EmptyServices.Instance;

    private SchemaBuilder()
    {
    }

    public static SchemaBuilder New() => new();

    /// <summary>The query root: a plain class (named by <see cref="SchemaOptions.QueryTypeName"/>) or an <see cref="ObjectType"/> class.</summary>
    public SchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    public SchemaBuilder AddQueryType(Type type)
    {
        queryType = type ?? throw new ArgumentNullException(nameof(type));
        return this;
    }

    public SchemaBuilder AddQueryType(ObjectType type)
    {
        queryType = type ?? throw new ArgumentNullException(nameof(type));
        return this;
    }

    public SchemaBuilder AddQueryType(Action<IObjectTypeDescriptor> configure) => AddQueryType(new ObjectType(configure));

    public SchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    public SchemaBuilder AddMutationType(Type type)
    {
        mutationType = type ?? throw new ArgumentNullException(nameof(type));
        return this;
    }

    public SchemaBuilder AddMutationType(ObjectType type)
    {
        mutationType = type ?? throw new ArgumentNullException(nameof(type));
        return this;
    }

    public SchemaBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    public SchemaBuilder AddSubscriptionType(Type type)
    {
        subscriptionType = type ?? throw new ArgumentNullException(nameof(type));
        return this;
    }

    /// <summary>Adds a type class (<c>ArticleType</c>), or a plain class, interface or enum to infer a type from.</summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    public SchemaBuilder AddType(Type type)
    {
        types.Add(type ?? throw new ArgumentNullException(nameof(type)));
        return this;
    }

    public SchemaBuilder AddType(TypeSystemObject type)
    {
        types.Add(type ?? throw new ArgumentNullException(nameof(type)));
        return this;
    }

    public SchemaBuilder AddDirectiveType<T>()
        where T : DirectiveType, new() => AddDirectiveType(new T());

    public SchemaBuilder AddDirectiveType(DirectiveType directive)
    {
        directives.Add(directive ?? throw new ArgumentNullException(nameof(directive)));
        return this;
    }

    /// <summary>The application's services: method parameters of registered types are injected instead of becoming arguments.</summary>
    public SchemaBuilder AddServices(IServiceProvider serviceProvider)
    {
        services = serviceProvider ?? throw new ArgumentNullException(nameof(serviceProvider));
        return this;
    }

    public SchemaBuilder ModifyOptions(Action<SchemaOptions> configure)
    {
        optionChanges.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
        return this;
    }

    /// <summary>Adds a convention that reshapes the schema after the types are initialized; a second one of the same class replaces the first.</summary>
    internal SchemaBuilder AddConvention(Conventions.ISchemaConvention convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        conventions.RemoveAll(c => c.GetType() == convention.GetType());
        conventions.Add(convention);
        return this;
    }

    /// <summary>Same as <see cref="Create"/>.</summary>
    public Schema Build() => Create();

    public Schema Create()
    {
        var options = new SchemaOptions();
        foreach (var change in optionChanges)
        {
            change(options);
        }

        var context = new SchemaBuildContext(services, options);
        return new SchemaAssembly(context, directives, conventions).Assemble(queryType, mutationType, subscriptionType, types);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
