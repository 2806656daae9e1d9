namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>The execution depth limit set with <c>AddMaxExecutionDepthRule</c> (none unless an application sets one, as in Hot Chocolate).</summary>
public sealed class ExecutionDepthOptions
{
    /// <summary>The deepest field nesting an operation may have.</summary>
    public int MaxAllowedExecutionDepth { get; set; }

    /// <summary>Leaves introspection fields (<c>__schema</c>, <c>__type</c>) and what is below them out of the count.</summary>
    public bool SkipIntrospectionFields { get; set; }
}
