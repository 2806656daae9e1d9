using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// Creates the filter input types of one schema build and keeps them, so every field filtering
/// the same entity shares one <c>XFilterInput</c> and every <c>Int</c> property one
/// <c>IntOperationFilterInput</c>. Lives in <see cref="IDescriptorContext.ContextData"/>.
/// </summary>
public sealed class FilterTypeFactory
{
    private const string ContextKey = "KnowledgeApi.GraphQL.Data.FilterTypes";

    // CLR scalar → (name prefix, operations, the CLR type that names its GraphQL scalar). Short and
    // byte use Int here because the type system maps them to Int (HC has Short/Byte scalars).
    private static readonly Dictionary<Type, (string Prefix, FilterOperationKind Kind, Type Scalar)> Scalars = new()
    {
        [typeof(string)] = ("String", FilterOperationKind.String, typeof(string)),
        [typeof(bool)] = ("Boolean", FilterOperationKind.Boolean, typeof(bool)),
        [typeof(int)] = ("Int", FilterOperationKind.Comparable, typeof(int)),
        [typeof(short)] = ("Int", FilterOperationKind.Comparable, typeof(int)),
        [typeof(byte)] = ("Int", FilterOperationKind.Comparable, typeof(int)),
        [typeof(long)] = ("Long", FilterOperationKind.Comparable, typeof(long)),
        [typeof(double)] = ("Float", FilterOperationKind.Comparable, typeof(double)),
        [typeof(float)] = ("Float", FilterOperationKind.Comparable, typeof(double)),
        [typeof(decimal)] = ("Decimal", FilterOperationKind.Comparable, typeof(decimal)),
        [typeof(Guid)] = ("Uuid", FilterOperationKind.Comparable, typeof(Guid)),
        [typeof(DateTime)] = ("DateTime", FilterOperationKind.Comparable, typeof(DateTimeOffset)),
        [typeof(DateTimeOffset)] = ("DateTime", FilterOperationKind.Comparable, typeof(DateTimeOffset)),
        [typeof(DateOnly)] = ("Date", FilterOperationKind.Comparable, typeof(DateOnly)),
    };

    private readonly Dictionary<Type, FilterInputType> objectFilters = [];
    private readonly Dictionary<string, InputObjectType> byName = new(StringComparer.Ordinal);

    private FilterTypeFactory(DataTypeConfigurations? configurations, Execution.Analysis.CostOptions? cost)
    {
        Configurations = configurations;
        Cost = cost;
    }

    /// <summary>The cost options whose default weights the filter types carry; null when cost defaults are off.</summary>
    internal Execution.Analysis.CostOptions? Cost { get; }

    /// <summary>Ignored properties and expression fields per entity; null when the host configured none.</summary>
    internal DataTypeConfigurations? Configurations { get; }

    /// <summary>The factory of the schema being built.</summary>
    public static FilterTypeFactory For(IDescriptorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContextData.TryGetValue(ContextKey, out var stored) && stored is FilterTypeFactory existing)
        {
            return existing;
        }

        var created = new FilterTypeFactory(context.Services.GetService(typeof(DataTypeConfigurations)) as DataTypeConfigurations, Execution.Analysis.CostDefaults.Of(context));
        context.ContextData[ContextKey] = created;
        return created;
    }

    /// <summary><c>XFilterInput</c> of <paramref name="entityType"/>.</summary>
    public FilterInputType ObjectFilter(Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (!objectFilters.TryGetValue(entityType, out var type))
        {
            type = new FilterInputType(DataMemberInspector.TypeName(entityType) + "FilterInput", entityType, this);
            objectFilters[entityType] = type;
        }

        return type;
    }

    /// <summary>The input type that filters <paramref name="property"/>; null when the property cannot be filtered.</summary>
    public InputObjectType? FieldType(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return TypeFor(property.PropertyType, property.IsDefined(typeof(IDAttribute), inherit: true), allowList: true);
    }

    /// <summary>The input type that filters <paramref name="property"/> as a global ID, as if it carried <c>[ID]</c>.</summary>
    internal InputObjectType? IdFieldType(PropertyInfo property) => TypeFor(property.PropertyType, isId: true, allowList: true);

    /// <summary>The input type that filters a value of <paramref name="type"/> (an expression field's result); null when none.</summary>
    internal InputObjectType? FieldType(Type type) => TypeFor(type, isId: false, allowList: true);

    private InputObjectType? TypeFor(Type type, bool isId, bool allowList)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (isId && (Scalars.ContainsKey(underlying)))
        {
            return Operation("Id", FilterOperationKind.Id, typeof(IdType));
        }

        if (Scalars.TryGetValue(underlying, out var scalar))
        {
            return Operation(scalar.Prefix, scalar.Kind, scalar.Scalar);
        }

        if (underlying.IsEnum)
        {
            return Operation(DataMemberInspector.TypeName(underlying), FilterOperationKind.Enum, underlying);
        }

        if (DataMemberInspector.SequenceElementType(type) is { } element)
        {
            // Lists of lists have no filter in HC's default convention.
            return allowList ? ListFilter(element, isId) : null;
        }

        return IsEntity(underlying) ? ObjectFilter(underlying) : null;
    }

    private ListFilterInputType? ListFilter(Type elementType, bool isId)
    {
        var element = TypeFor(elementType, isId, allowList: false);
        var name = element switch
        {
            OperationFilterInputType operation => "List" + operation.TypeName,
            FilterInputType objectFilter => "ListFilterInputTypeOf" + objectFilter.TypeName,
            _ => null,
        };
        if (name is null || element is null)
        {
            return null;
        }

        if (!byName.TryGetValue(name, out var type))
        {
            type = new ListFilterInputType(name, element, elementType, Cost);
            byName[name] = type;
        }

        return (ListFilterInputType)type;
    }

    private OperationFilterInputType Operation(string prefix, FilterOperationKind kind, Type valueType)
    {
        var name = prefix + "OperationFilterInput";
        if (!byName.TryGetValue(name, out var type))
        {
            type = new OperationFilterInputType(name, kind, valueType, Cost);
            byName[name] = type;
        }

        return (OperationFilterInputType)type;
    }

    // Classes the model navigates to; framework types (Uri, byte[] is a list, TimeSpan) have no object filter.
    private static bool IsEntity(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(object) && type != typeof(Uri)
        && !typeof(Delegate).IsAssignableFrom(type) && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;
}
