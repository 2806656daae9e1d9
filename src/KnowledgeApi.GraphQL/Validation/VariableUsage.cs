using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>
/// One <c>$variable</c> used as a value: the type expected where it stands, whether that place
/// has a default of its own, and the input object it is a field of (for <c>@oneOf</c>).
/// </summary>
internal readonly record struct VariableUsage(
    VariableNode Node,
    IType? Type,
    bool HasLocationDefault,
    IType? ParentInputType);
