namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// A directive applied to a type-system member (<c>field: Int @cost(weight: "10")</c>): what the SDL
/// printer writes after the member, and what analyses such as cost read back by its concrete type.
/// </summary>
public interface IAppliedDirective
{
    /// <summary>The directive's name without the <c>@</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The arguments given, in the order they are printed; values are <see cref="string"/>, <see cref="int"/>,
    /// <see cref="bool"/> or a list of strings. Arguments left at their definition's default are simply absent.
    /// </summary>
    IReadOnlyList<KeyValuePair<string, object>> Arguments { get; }

    /// <summary>
    /// The definition (<c>directive @cost(...) on ...</c>) the schema gains when a member uses this
    /// directive and the application did not add one of that name itself.
    /// </summary>
    DirectiveType CreateDefinition();
}
