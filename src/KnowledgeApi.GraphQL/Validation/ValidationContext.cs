using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share: the schema and document, the errors found so far,
/// the type information of the node being visited (kept current by <see cref="ValidationWalker"/>),
/// and facts about the document computed once and cached (fragments by name, the spreads of a
/// selection set, the fragments an operation reaches, the variables each definition uses).
/// </summary>
internal sealed class ValidationContext
{
    private readonly List<GraphQLError> errors = [];
    private readonly int maxErrors;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> spreadsBySelectionSet = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> fragmentsByOperation = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IExecutableDefinitionNode, List<VariableUsage>> usagesByDefinition = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        this.maxErrors = maxErrors;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                // The last definition of a name wins, as in graphql-js; duplicates are reported by their own rule.
                Fragments[fragment.Name.Value] = fragment;
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> Errors => errors;

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; } = new(StringComparer.Ordinal);

    // ---- type information, maintained by the walker ----

    /// <summary>The composite type whose selection set is being visited; null when unknown or not composite.</summary>
    public INamedType? ParentType { get; set; }

    /// <summary>The output type of the field, operation or fragment being visited; null when unknown.</summary>
    public IType? Type { get; set; }

    /// <summary>The definition of the field being visited; null when the field does not exist.</summary>
    public OutputField? FieldDefinition { get; set; }

    /// <summary>The directive whose arguments are being visited; null outside directives or when unknown.</summary>
    public DirectiveType? Directive { get; set; }

    /// <summary>Where the directives being visited are applied.</summary>
    public DirectiveLocation DirectiveLocation { get; set; }

    /// <summary>The argument being visited; null when the field or directive has none of that name.</summary>
    public InputValue? Argument { get; set; }

    /// <summary>The input type expected for the value being visited; null when unknown.</summary>
    public IType? InputType { get; set; }

    /// <summary>The input type of the value around the one being visited (a list or an input object).</summary>
    public IType? ParentInputType { get; set; }

    /// <summary>Whether the argument or input field being visited has a default value.</summary>
    public bool HasDefaultValue { get; set; }

    /// <summary>The operation or fragment being visited.</summary>
    public IExecutableDefinitionNode? Definition { get; set; }

    // ---- errors ----

    public void ReportError(GraphQLError error)
    {
        errors.Add(error);
        if (errors.Count >= maxErrors)
        {
            // Unwinds the walk and any rule's own recursion at once; DocumentValidator catches it.
            throw new MaxValidationErrorsException();
        }
    }

    // ---- cached facts ----

    public FragmentDefinitionNode? GetFragment(string name) => Fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads in a selection set and its nested selections, not following fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (spreadsBySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var selection in current.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        spreadsBySelectionSet[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, directly or through other fragments; each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (fragmentsByOperation.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        fragmentsByOperation[operation] = fragments;
        return fragments;
    }

    /// <summary>Records a variable used inside the operation or fragment being visited.</summary>
    public void AddVariableUsage(VariableUsage usage)
    {
        if (Definition is null)
        {
            return;
        }

        if (!usagesByDefinition.TryGetValue(Definition, out var usages))
        {
            usages = [];
            usagesByDefinition[Definition] = usages;
        }

        usages.Add(usage);
    }

    /// <summary>
    /// The variables an operation uses, in its own selections and in every fragment it reaches.
    /// Complete only once the whole document was walked (fragments may follow the operation).
    /// </summary>
    public IEnumerable<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (usagesByDefinition.TryGetValue(operation, out var own))
        {
            foreach (var usage in own)
            {
                yield return usage;
            }
        }

        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            if (usagesByDefinition.TryGetValue(fragment, out var inFragment))
            {
                foreach (var usage in inFragment)
                {
                    yield return usage;
                }
            }
        }
    }

    /// <summary>The definition of a field as graphql-js's <c>getFieldDef</c> finds it, meta-fields included.</summary>
    public OutputField? GetFieldDefinition(INamedType? parentType, string fieldName)
    {
        if (parentType is null)
        {
            return null;
        }

        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            if (fieldName == "__typename")
            {
                return parentType.IsCompositeType() ? Schema.MetaFields.TypeNameField : null;
            }

            if (ReferenceEquals(parentType, Schema.QueryType))
            {
                if (fieldName == "__schema")
                {
                    return Schema.MetaFields.SchemaField;
                }

                if (fieldName == "__type")
                {
                    return Schema.MetaFields.TypeField;
                }
            }
        }

        return parentType is IComplexOutputType complex && complex.Fields.TryGetField(fieldName, out var field) ? field : null;
    }

    /// <summary>The root type of an operation kind; null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Schema.QueryType,
        OperationType.Mutation => Schema.MutationType,
        OperationType.Subscription => Schema.SubscriptionType,
        _ => null,
    };
}

/// <summary>Thrown when the error cap is reached, to stop validating at once.</summary>
internal sealed class MaxValidationErrorsException : Exception
{
    public MaxValidationErrorsException()
        : base("The maximum number of validation errors was reached.")
    {
    }

    public MaxValidationErrorsException(string message)
        : base(message)
    {
    }

    public MaxValidationErrorsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
