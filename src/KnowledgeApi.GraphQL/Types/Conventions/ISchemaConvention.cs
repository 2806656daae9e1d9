using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Types.Conventions;

/// <summary>
/// A step that reshapes the schema after every type ran its descriptor (names and field
/// definitions are known) and before anything is completed. Types it registers are initialized
/// before the next convention runs.
/// </summary>
internal interface ISchemaConvention
{
    /// <summary>Lower runs first: the payload types the mutation convention creates must exist before the query field is added to them.</summary>
    int Order { get; }

    void Apply(SchemaBuildContext context, ObjectType? queryType, ObjectType? mutationType);
}
