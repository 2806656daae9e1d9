using System.Linq.Expressions;
using System.Reflection;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data;

/// <summary>
/// What Hot Chocolate users say in a <c>FilterInputType&lt;T&gt;</c> / <c>SortInputType&lt;T&gt;</c>
/// subclass, kept per entity: properties the generated <c>where</c>/<c>order</c> inputs leave out
/// (internal columns the object type does not show), and filter fields declared from an
/// expression (<c>descriptor.Field(x =&gt; x.Speaker as Person)</c>) that EF translates to SQL.
/// </summary>
public sealed class DataTypeConfigurations
{
    private readonly Dictionary<Type, DataTypeConfiguration> byType = [];

    /// <summary>Configures the inputs of <typeparamref name="T"/>; repeated calls add to the same configuration.</summary>
    public DataTypeConfigurations Entity<T>(Action<DataTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (!byType.TryGetValue(typeof(T), out var configuration))
        {
            configuration = new DataTypeConfiguration();
            byType[typeof(T)] = configuration;
        }

        configure(new DataTypeDescriptor<T>(configuration));
        return this;
    }

    /// <summary>The configuration of <paramref name="type"/> or of its nearest configured base class; null when none.</summary>
    public DataTypeConfiguration? For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        var computed = new List<ComputedDataField>();
        var projected = new HashSet<string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string?>(StringComparer.Ordinal);
        var found = false;

        // Ignores on a base class (Entity.Keys) hold for every derived type (Person, Organization).
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (byType.TryGetValue(current, out var configuration))
            {
                found = true;
                ignored.UnionWith(configuration.IgnoredProperties);
                computed.AddRange(configuration.ComputedFields);
                projected.UnionWith(configuration.AlwaysProjectedProperties);

                // The nearest class wins: Person's id names Person even if Entity's names none.
                foreach (var (property, typeName) in configuration.IdProperties)
                {
                    ids.TryAdd(property, typeName);
                }
            }
        }

        return found ? new DataTypeConfiguration(ignored, computed, projected, ids) : null;
    }
}

/// <summary>The settings of one entity's generated inputs.</summary>
public sealed class DataTypeConfiguration
{
    private readonly HashSet<string> ignored;
    private readonly List<ComputedDataField> computed;
    private readonly HashSet<string> projected;
    private readonly Dictionary<string, string?> ids;

    internal DataTypeConfiguration()
        : this([], [], [], [])
    {
    }

    internal DataTypeConfiguration(HashSet<string> ignored, List<ComputedDataField> computed, HashSet<string> projected, Dictionary<string, string?> ids)
    {
        this.ignored = ignored;
        this.computed = computed;
        this.projected = projected;
        this.ids = ids;
    }

    /// <summary>CLR property names left out of the filter and sort inputs.</summary>
    public IReadOnlySet<string> IgnoredProperties => ignored;

    /// <summary>Filter fields declared from an expression, after the property fields in declaration order.</summary>
    public IReadOnlyList<ComputedDataField> ComputedFields => computed;

    /// <summary>
    /// CLR property names <c>[UseProjection]</c> always reads, selected or not: what a field's own
    /// resolver needs from its parent (HC's <c>[IsProjected(true)]</c>, for a model that cannot carry the attribute).
    /// </summary>
    public IReadOnlySet<string> AlwaysProjectedProperties => projected;

    /// <summary>
    /// CLR property names filtered as global IDs (<c>IdOperationFilterInput</c>, values decoded and
    /// checked against the node type named here): HC's <c>[ID("Type")]</c>, for a model that cannot carry it.
    /// </summary>
    public IReadOnlyDictionary<string, string?> IdProperties => ids;

    internal void Ignore(string propertyName) => ignored.Add(propertyName);

    internal void Id(string propertyName, string? typeName) => ids[propertyName] = typeName;

    internal void AlwaysProject(string propertyName) => projected.Add(propertyName);

    internal void Add(ComputedDataField field)
    {
        computed.RemoveAll(existing => existing.Name == field.Name);
        computed.Add(field);
    }
}

/// <summary>A filter field whose value is an expression over the entity (<c>x =&gt; x.Speaker as Person</c>).</summary>
/// <param name="Name">The GraphQL field name.</param>
/// <param name="Expression">A one-parameter lambda over the entity; its body is inlined into the predicate, so EF translates it.</param>
public sealed record ComputedDataField(string Name, LambdaExpression Expression);

/// <summary>The fluent side of <see cref="DataTypeConfiguration"/>, as HC's filter input descriptor spells it.</summary>
public sealed class DataTypeDescriptor<T>
{
    private readonly DataTypeConfiguration configuration;

    internal DataTypeDescriptor(DataTypeConfiguration configuration) => this.configuration = configuration;

    /// <summary>Leaves the property out of <c>XFilterInput</c> and <c>XSortInput</c>.</summary>
    public DataTypeDescriptor<T> Ignore<TField>(Expression<Func<T, TField>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        configuration.Ignore(PropertyName(property, nameof(Ignore)));
        return this;
    }

    /// <summary>Makes <c>[UseProjection]</c> read the property even when the request does not select it.</summary>
    public DataTypeDescriptor<T> AlwaysProject<TField>(Expression<Func<T, TField>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        configuration.AlwaysProject(PropertyName(property, nameof(AlwaysProject)));
        return this;
    }

    /// <summary>
    /// Filters the property as a global ID of the node type <paramref name="typeName"/> (any node
    /// type when null): <c>where: { id: { eq: "QXJ0aWNsZTox" } }</c>, as with <c>[ID("Article")]</c>.
    /// </summary>
    public DataTypeDescriptor<T> Id<TField>(Expression<Func<T, TField>> property, string? typeName)
    {
        ArgumentNullException.ThrowIfNull(property);
        configuration.Id(PropertyName(property, nameof(Id)), typeName);
        return this;
    }

    private static string PropertyName(LambdaExpression property, string method)
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        if (body is not MemberExpression { Member: PropertyInfo member } || member.DeclaringType?.IsAssignableFrom(typeof(T)) != true)
        {
            throw new ArgumentException($"{method} needs a property of {typeof(T).Name} (x => x.Property), not {property.Body}.", nameof(property));
        }

        return member.Name;
    }

    /// <summary>Adds a filter field named <paramref name="name"/> whose value is <paramref name="expression"/>.</summary>
    public DataTypeDescriptor<T> Field<TField>(string name, Expression<Func<T, TField>> expression)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(expression);
        configuration.Add(new ComputedDataField(name, expression));
        return this;
    }
}

/// <summary>Registers <see cref="DataTypeConfigurations"/> for the data attributes to read while the schema is built.</summary>
public static class DataTypeConfigurationExtensions
{
    public static IRequestExecutorBuilder ConfigureDataType<T>(this IRequestExecutorBuilder builder, Action<DataTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // One instance collects every call; the filter and sort factories read it from the schema's services.
        var configurations = builder.Services
            .LastOrDefault(d => d.ServiceType == typeof(DataTypeConfigurations))?.ImplementationInstance as DataTypeConfigurations;
        if (configurations is null)
        {
            configurations = new DataTypeConfigurations();
            builder.Services.AddSingleton(configurations);
        }

        configurations.Entity(configure);
        return builder;
    }
}
