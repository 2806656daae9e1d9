namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>The operation field names of Hot Chocolate's default filter convention, in the order it declares them.</summary>
public static class FilterOperations
{
    public const string And = "and";
    public const string Or = "or";
    public const string Equal = "eq";
    public const string NotEqual = "neq";
    public const string Contains = "contains";
    public const string NotContains = "ncontains";
    public const string In = "in";
    public const string NotIn = "nin";
    public const string StartsWith = "startsWith";
    public const string NotStartsWith = "nstartsWith";
    public const string EndsWith = "endsWith";
    public const string NotEndsWith = "nendsWith";
    public const string GreaterThan = "gt";
    public const string NotGreaterThan = "ngt";
    public const string GreaterThanOrEqual = "gte";
    public const string NotGreaterThanOrEqual = "ngte";
    public const string LowerThan = "lt";
    public const string NotLowerThan = "nlt";
    public const string LowerThanOrEqual = "lte";
    public const string NotLowerThanOrEqual = "nlte";
    public const string All = "all";
    public const string None = "none";
    public const string Some = "some";
    public const string Any = "any";

    /// <summary>The operations of each kind, in field order.</summary>
    public static IReadOnlyList<string> For(FilterOperationKind kind) => kind switch
    {
        FilterOperationKind.String =>
            [Equal, NotEqual, Contains, NotContains, In, NotIn, StartsWith, NotStartsWith, EndsWith, NotEndsWith],
        FilterOperationKind.Boolean => [Equal, NotEqual],
        FilterOperationKind.Comparable =>
            [Equal, NotEqual, In, NotIn, GreaterThan, NotGreaterThan, GreaterThanOrEqual, NotGreaterThanOrEqual,
             LowerThan, NotLowerThan, LowerThanOrEqual, NotLowerThanOrEqual],
        FilterOperationKind.Enum or FilterOperationKind.Id => [Equal, NotEqual, In, NotIn],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>True for the operations whose value is a list (<c>in</c>, <c>nin</c>).</summary>
    public static bool TakesList(string operation) => operation is In or NotIn;
}
