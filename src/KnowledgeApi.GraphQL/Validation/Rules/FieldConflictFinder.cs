using System.Text;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's algorithm for finding fields that cannot be merged. Each selection set is
/// compared "within" itself once (every pair of fields under one response name); fragments are
/// compared "between" the field set that spreads them and each other, and a pair of field set and
/// fragment, or of two fragments, is compared only once per document (memoised, noting whether
/// the comparison assumed mutually exclusive parents). Collected fields and fragment names are
/// cached per selection set.
/// </summary>
/// <remarks>
/// Two guards against hostile documents, which change nothing for ordinary ones: when one
/// response name gathers many fields (thousands of copies of one field), structurally identical
/// fields are compared once through a representative instead of pairwise; and once enough
/// conflicts were found to fill the error cap many times over, no further pairs are compared.
/// </remarks>
internal sealed class FieldConflictFinder(ValidationContext context)
{
    // Above this many fields under one response name, identical fields are grouped first.
    private const int GroupingThreshold = 16;

    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(FieldsAndFragments Fields, string Fragment), bool> comparedFieldsAndFragments = [];
    private readonly Dictionary<(string First, string Second), bool> comparedFragments = [];
    private readonly Dictionary<FieldNode, string> groupKeys = new(ReferenceEqualityComparer.Instance);
    private int conflictBudget = 1000;

    public List<FieldConflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var set = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(conflicts, set);
        var names = set.FragmentNames;
        for (var i = 0; i < names.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, set, names[i]);
            for (var j = i + 1; j < names.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<FieldConflict> conflicts,
        bool areMutuallyExclusive,
        FieldsAndFragments fields,
        string fragmentName)
    {
        if (WasCompared(comparedFieldsAndFragments, (fields, fragmentName), areMutuallyExclusive))
        {
            return;
        }

        comparedFieldsAndFragments[(fields, fragmentName)] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(
        List<FieldConflict> conflicts,
        bool areMutuallyExclusive,
        string fragmentName1,
        string fragmentName2)
    {
        if (fragmentName1 == fragmentName2)
        {
            return;
        }

        var key = string.CompareOrdinal(fragmentName1, fragmentName2) < 0 ? (fragmentName1, fragmentName2) : (fragmentName2, fragmentName1);
        if (WasCompared(comparedFragments, key, areMutuallyExclusive))
        {
            return;
        }

        comparedFragments[key] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var fields1 = GetReferencedFieldsAndFragmentNames(fragment1);
        var fields2 = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referenced in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
        }

        foreach (var referenced in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced, fragmentName2);
        }
    }

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        INamedType? parentType1,
        SelectionSetNode selectionSet1,
        INamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var set1 = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var set2 = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, set1, set2);
        foreach (var fragmentName in set2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, set1, fragmentName);
        }

        foreach (var fragmentName in set1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, set2, fragmentName);
        }

        foreach (var fragmentName1 in set1.FragmentNames)
        {
            foreach (var fragmentName2 in set2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<FieldConflict> conflicts, FieldsAndFragments set)
    {
        foreach (var (responseName, fields) in set.Fields)
        {
            if (fields.Count < 2 || conflictBudget <= 0)
            {
                continue;
            }

            if (fields.Count > GroupingThreshold)
            {
                var groups = GroupIdentical(fields);
                for (var i = 0; i < groups.Count; i++)
                {
                    for (var j = i + 1; j < groups.Count; j++)
                    {
                        CompareGroups(conflicts, false, responseName, groups[i], groups[j]);
                    }
                }

                continue;
            }

            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<FieldConflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        FieldsAndFragments set1,
        FieldsAndFragments set2)
    {
        foreach (var (responseName, fields1) in set1.Fields)
        {
            if (conflictBudget <= 0 || !set2.Fields.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            if (fields1.Count * fields2.Count > GroupingThreshold * GroupingThreshold)
            {
                foreach (var group1 in GroupIdentical(fields1))
                {
                    foreach (var group2 in GroupIdentical(fields2))
                    {
                        CompareGroups(conflicts, parentFieldsAreMutuallyExclusive, responseName, group1, group2);
                    }
                }

                continue;
            }

            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // Identical fields behave identically against any other field, so a representative stands
    // for its group; only when representatives conflict are the members compared pairwise.
    private void CompareGroups(List<FieldConflict> conflicts, bool areMutuallyExclusive, string responseName, List<FieldEntry> group1, List<FieldEntry> group2)
    {
        if (FindConflict(areMutuallyExclusive, responseName, group1[0], group2[0]) is null)
        {
            return;
        }

        foreach (var field1 in group1)
        {
            foreach (var field2 in group2)
            {
                if (conflictBudget <= 0)
                {
                    return;
                }

                if (FindConflict(areMutuallyExclusive, responseName, field1, field2) is { } conflict)
                {
                    conflicts.Add(conflict);
                }
            }
        }
    }

    private List<List<FieldEntry>> GroupIdentical(List<FieldEntry> fields)
    {
        var groups = new Dictionary<string, List<FieldEntry>>(StringComparer.Ordinal);
        var ordered = new List<List<FieldEntry>>();
        foreach (var field in fields)
        {
            var key = (field.ParentType?.Name ?? string.Empty) + "\u0001" + GroupKey(field.Node);
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups[key] = group;
                ordered.Add(group);
            }

            group.Add(field);
        }

        return ordered;
    }

    private string GroupKey(FieldNode node)
    {
        if (!groupKeys.TryGetValue(node, out var key))
        {
            key = Printer.Print(node.WithAlias(null));
            groupKeys[node] = key;
        }

        return key;
    }

    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        if (conflictBudget <= 0)
        {
            return null;
        }

        // Fields on two different object types can never both apply to one object, so only their
        // response shapes have to agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!areMutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return Direct(responseName, $"`{name1}` and `{name2}` are different fields", node1, node2);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return Direct(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Direct(responseName, $"they return conflicting types `{type1.Print()}` and `{type2.Print()}`", node1, node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                type1?.NamedType(),
                selectionSet1,
                type2?.NamedType(),
                selectionSet2);
            if (subConflicts.Count > 0)
            {
                var fields1 = new List<FieldNode> { node1 };
                var fields2 = new List<FieldNode> { node2 };
                var reasons = new List<(string, FieldConflictReason)>(subConflicts.Count);
                foreach (var sub in subConflicts)
                {
                    reasons.Add((sub.ResponseName, sub.Reason));
                    fields1.AddRange(sub.Fields1);
                    fields2.AddRange(sub.Fields2);
                }

                return new FieldConflict(responseName, new FieldConflictReason(null, reasons), fields1, fields2);
            }
        }

        return null;
    }

    private FieldConflict Direct(string responseName, string reason, FieldNode node1, FieldNode node2)
    {
        conflictBudget--;
        return new FieldConflict(responseName, new FieldConflictReason(reason, null), [node1], [node2]);
    }

    private static bool DoTypesConflict(IType type1, IType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.ElementType;
                type2 = list2.ElementType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.InnerType;
                type2 = nonNull2.InnerType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (((INamedType)type1).IsLeafType() || ((INamedType)type2).IsLeafType())
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            ArgumentNode? argument2 = null;
            foreach (var candidate in arguments2)
            {
                if (candidate.Name.Value == argument1.Name.Value)
                {
                    argument2 = candidate;
                    break;
                }
            }

            if (argument2 is null || CanonicalValue(argument1.Value) != CanonicalValue(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    // A value's text with object fields sorted by name (graphql-js compares print(sortValueNode(v))).
    private static string CanonicalValue(IValueNode value)
    {
        if (value is not ObjectValueNode and not ListValueNode)
        {
            return Printer.Print(value);
        }

        var builder = new StringBuilder();
        AppendCanonical(builder, value);
        return builder.ToString();
    }

    private static void AppendCanonical(StringBuilder builder, IValueNode value)
    {
        switch (value)
        {
            case ObjectValueNode objectValue:
                builder.Append('{');
                foreach (var field in objectValue.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendCanonical(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Items)
                {
                    AppendCanonical(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Printer.Print(value));
                break;
        }
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(INamedType? parentType, SelectionSetNode selectionSet)
    {
        if (cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var set = new FieldsAndFragments();
        CollectFieldsAndFragmentNames(parentType, selectionSet, set);
        cache[selectionSet] = set;
        return set;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (cache.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }

        var type = context.Schema.TryGetType(fragment.TypeCondition.Name.Value, out var found) ? found : null;
        return GetFieldsAndFragmentNames(type, fragment.SelectionSet);
    }

    private void CollectFieldsAndFragmentNames(INamedType? parentType, SelectionSetNode selectionSet, FieldsAndFragments set)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Only declared fields count (not __typename), as in graphql-js.
                    var definition = parentType is IComplexOutputType complex && complex.Fields.TryGetField(field.Name.Value, out var found) ? found : null;
                    set.AddField((field.Alias ?? field.Name).Value, new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    set.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition
                        ? (context.Schema.TryGetType(condition.Name.Value, out var conditionType) ? conditionType : null)
                        : parentType;
                    CollectFieldsAndFragmentNames(type, inline.SelectionSet, set);
                    break;
            }
        }
    }

    // graphql-js's pair sets: a comparison done assuming mutually exclusive parents covers a
    // later one that assumes so too, but not one that does not.
    private static bool WasCompared<TKey>(Dictionary<TKey, bool> compared, TKey key, bool areMutuallyExclusive)
        where TKey : notnull =>
        compared.TryGetValue(key, out var stored) && (areMutuallyExclusive || !stored);

    private sealed record FieldEntry(INamedType? ParentType, FieldNode Node, OutputField? Definition);

    /// <summary>The fields of a selection set by response name (in document order), and the fragments it spreads.</summary>
    private sealed class FieldsAndFragments
    {
        public OrderedDictionary<string, List<FieldEntry>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public void AddField(string responseName, FieldEntry entry)
        {
            if (!Fields.TryGetValue(responseName, out var list))
            {
                list = [];
                Fields.Add(responseName, list);
            }

            list.Add(entry);
        }

        public void AddFragmentName(string name)
        {
            if (!FragmentNames.Contains(name))
            {
                FragmentNames.Add(name);
            }
        }
    }
}
