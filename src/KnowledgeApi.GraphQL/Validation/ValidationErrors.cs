using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>
/// Builds validation errors in Hot Chocolate's shape: our message, the locations of every node
/// involved, the rule's keys under <c>extensions</c> and, last, <c>specifiedBy</c> (no
/// <c>code</c>: Hot Chocolate gives validation errors none).
/// </summary>
internal static class ValidationErrors
{
    private const string SpecBase = "https://spec.graphql.org/October2021/#";

    /// <summary>The draft spec, for rules the October 2021 edition does not have yet.</summary>
    private const string DraftBase = "https://spec.graphql.org/draft/#";

    public static GraphQLError Create(
        string message,
        string section,
        ReadOnlySpan<ISyntaxNode?> nodes,
        params ReadOnlySpan<(string Key, object? Value)> extensions)
    {
        var members = new List<KeyValuePair<string, object?>>(extensions.Length + 1);
        foreach (var (key, value) in extensions)
        {
            // A key without a value (no fragment name for an inline fragment...) is left out.
            if (value is not null)
            {
                members.Add(new(key, value));
            }
        }

        members.Add(new(ErrorExtensionKeys.SpecifiedBy, (section.StartsWith("draft:", StringComparison.Ordinal) ? DraftBase + section[6..] : SpecBase + section)));
        return new GraphQLError(message).WithLocations(nodes) with { Extensions = members };
    }

    public static GraphQLError Create(string message, string section, ISyntaxNode? node, params ReadOnlySpan<(string Key, object? Value)> extensions) =>
        Create(message, section, [node], extensions);

    public static GraphQLError Create(string message, string section, IReadOnlyList<ISyntaxNode> nodes, params ReadOnlySpan<(string Key, object? Value)> extensions)
    {
        var array = new ISyntaxNode?[nodes.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = nodes[i];
        }

        return Create(message, section, array.AsSpan(), extensions);
    }
}

/// <summary>The anchors of the specification's validation sections.</summary>
internal static class SpecSections
{
    public const string ExecutableDefinitions = "sec-Executable-Definitions";
    public const string OperationNameUniqueness = "sec-Operation-Name-Uniqueness";
    public const string LoneAnonymousOperation = "sec-Lone-Anonymous-Operation";

    // Not in the October 2021 edition: the draft added it after graphql-js 16.
    public const string OperationTypeExistence = "draft:sec-Operation-Type-Existence";
    public const string SingleRootField = "sec-Single-root-field";
    public const string FieldSelections = "sec-Field-Selections-on-Objects-Interfaces-and-Unions-Types";
    public const string FieldSelectionMerging = "sec-Field-Selection-Merging";
    public const string LeafFieldSelections = "sec-Leaf-Field-Selections";
    public const string ArgumentNames = "sec-Argument-Names";
    public const string ArgumentUniqueness = "sec-Argument-Uniqueness";
    public const string RequiredArguments = "sec-Required-Arguments";
    public const string FragmentNameUniqueness = "sec-Fragment-Name-Uniqueness";
    public const string FragmentSpreadTypeExistence = "sec-Fragment-Spread-Type-Existence";
    public const string FragmentsOnCompositeTypes = "sec-Fragments-On-Composite-Types";
    public const string FragmentsMustBeUsed = "sec-Fragments-Must-Be-Used";
    public const string FragmentSpreadTargetDefined = "sec-Fragment-spread-target-defined";
    public const string FragmentSpreadsMustNotFormCycles = "sec-Fragment-spreads-must-not-form-cycles";
    public const string FragmentSpreadIsPossible = "sec-Fragment-spread-is-possible";
    public const string ValuesOfCorrectType = "sec-Values-of-Correct-Type";
    public const string InputObjectFieldNames = "sec-Input-Object-Field-Names";
    public const string InputObjectFieldUniqueness = "sec-Input-Object-Field-Uniqueness";
    public const string InputObjectRequiredFields = "sec-Input-Object-Required-Fields";

    // @oneOf is not in the October 2021 edition either.
    public const string OneOfInputObjects = "draft:sec-OneOf-Input-Objects-Have-Exactly-One-Field";
    public const string DirectivesAreDefined = "sec-Directives-Are-Defined";
    public const string DirectivesAreInValidLocations = "sec-Directives-Are-In-Valid-Locations";
    public const string DirectivesAreUniquePerLocation = "sec-Directives-Are-Unique-Per-Location";
    public const string VariableUniqueness = "sec-Variable-Uniqueness";
    public const string VariablesAreInputTypes = "sec-Variables-Are-Input-Types";
    public const string AllVariableUsesDefined = "sec-All-Variable-Uses-Defined";
    public const string AllVariablesUsed = "sec-All-Variables-Used";
    public const string AllVariableUsagesAreAllowed = "sec-All-Variable-Usages-are-Allowed";
}
