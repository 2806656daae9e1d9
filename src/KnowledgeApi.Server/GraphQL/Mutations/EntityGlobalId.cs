using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Mutations;

/// <summary>
/// Decodes an entity's global ID for the curation mutations. An entity may be any of four types,
/// so <c>[ID("Person")]</c> cannot name one; a bare <c>[ID]</c> would accept an article's ID and
/// act on whichever entity shares its number. Here the ID must be a Person, Organization, Event or
/// Place ID, else it is a field error like any malformed ID, and nothing is written.
/// </summary>
internal static class EntityGlobalId
{
    private static readonly HashSet<string> EntityTypeNames = [.. Enum.GetNames<EntityType>()];

    public static int Parse(string globalId)
    {
        if (!NodeId.TryParse(globalId, typeof(int), out var typeName, out var value) || value is not int id)
        {
            throw new GraphQLException(new GraphQLError($"The ID `{globalId}` has an invalid format.").WithExtension("id", globalId));
        }

        if (!EntityTypeNames.Contains(typeName))
        {
            throw new GraphQLException(
                new GraphQLError($"The ID `{globalId}` belongs to the type `{typeName}`, not to a person, organization, event or place.")
                    .WithExtension("id", globalId)
                    .WithExtension("actualType", typeName));
        }

        return id;
    }
}
