namespace KnowledgeApi.GraphQL.Data;

/// <summary>Names this assembly in boundary tests (the data middleware must not know the knowledge model).</summary>
public static class DataAssemblyMarker;
