using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Fields (or arguments) in declaration order, also found by name in constant time.</summary>
public sealed class FieldCollection<TField> : IReadOnlyList<TField>
    where TField : class, IHasName
{
    private readonly TField[] fields;
    private readonly Dictionary<string, TField> byName;

    public FieldCollection(IEnumerable<TField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        this.fields = [.. fields];
        byName = new Dictionary<string, TField>(this.fields.Length, StringComparer.Ordinal);
        foreach (var field in this.fields)
        {
            // Duplicates are reported by schema validation; the first one wins here.
            byName.TryAdd(field.Name, field);
        }
    }

    public int Count => fields.Length;

    public TField this[int index] => fields[index];

    public TField this[string name] =>
        byName.TryGetValue(name, out var field) ? field : throw new KeyNotFoundException($"There is no field or argument named '{name}'.");

    public bool TryGetField(string name, [NotNullWhen(true)] out TField? field) => byName.TryGetValue(name, out field);

    public bool ContainsField(string name) => byName.ContainsKey(name);

    public IEnumerator<TField> GetEnumerator() => ((IEnumerable<TField>)fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A member of the type system found by name: fields, arguments, enum values.</summary>
public interface IHasName
{
    string Name { get; }
}
