namespace KnowledgeApi.GraphQL.Data.Sorting;

// HC's shared sort direction, `enum SortEnumType { ASC DESC }`. A plain comment, not XML documentation:
// HC gives the enum no description, and XML summaries become schema descriptions.
public enum SortEnumType
{
    Asc,
    Desc,
}
