namespace KnowledgeApi.GraphQL.Types;

/// <summary>The parameter is taken from the request's services, not from GraphQL arguments.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>The parameter receives the parent object (the instance the field belongs to).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
