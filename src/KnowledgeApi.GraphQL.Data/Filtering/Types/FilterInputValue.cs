namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// The CLR type the filter input types are bound to. Filter middleware reads the argument's
/// literal, never an object, so this only gives the input types a runtime type of their own
/// (binding them to the entity would make <c>Book</c> parameters elsewhere resolve to a filter).
/// </summary>
public sealed class FilterInputValue;
