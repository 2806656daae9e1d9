namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>Which operations an operation filter input offers, as Hot Chocolate groups them.</summary>
public enum FilterOperationKind
{
    /// <summary><c>StringOperationFilterInput</c>: equality, lists, substring operations, and <c>and</c>/<c>or</c>.</summary>
    String,

    /// <summary><c>BooleanOperationFilterInput</c>: <c>eq</c> and <c>neq</c>.</summary>
    Boolean,

    /// <summary>Numbers, dates, UUIDs: equality, lists and the eight comparisons.</summary>
    Comparable,

    /// <summary><c>XOperationFilterInput</c> of an enum: equality and lists of non-null values.</summary>
    Enum,

    /// <summary><c>IdOperationFilterInput</c>: equality and lists.</summary>
    Id,
}
