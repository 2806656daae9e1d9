namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>A book's genre: the test model's enum column (stored as its integer value).</summary>
public enum Genre
{
    Fiction,
    Science,
    History,
    Poetry,
    Biography,
}
