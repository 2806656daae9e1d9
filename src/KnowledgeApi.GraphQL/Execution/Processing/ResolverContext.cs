using KnowledgeApi.GraphQL.Execution.Coercion;
using KnowledgeApi.GraphQL.Execution.Planning;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Processing;

/// <summary>The executor's context for one field of one parent object: what the field's middleware and resolver see.</summary>
internal sealed class ResolverContext(
    ExecutionState state,
    Selection selection,
    ObjectType objectType,
    object? parent,
    ResponsePath parentPath) : IMiddlewareContext, ISelectionContext
{
    private IReadOnlyDictionary<string, object?> arguments = EmptyArguments;
    private ResponsePath? path;

    public Schema Schema => state.Schema;

    public ObjectType ObjectType { get; } = objectType;

    public OutputField Field => selection.Field;

    public FieldNode Selection => selection.SyntaxNode;

    /// <summary>Built on first use: most leaf fields never need their path (only errors and resolvers that ask do).</summary>
    public ResponsePath Path => path ??= parentPath.Append(selection.ResponseName);

    public CancellationToken RequestAborted => state.RequestAborted;

    public IDictionary<string, object?> ContextData => state.ContextData;

    public IBatchScheduler BatchScheduler => state.BatchScheduler;

    public IServiceProvider Services => state.Services;

    public object? Result { get; set; }

    public ISelection CurrentSelection => selection;

    internal Selection PlannedSelection => selection;

    internal IReadOnlyDictionary<string, object?> Arguments
    {
        get => arguments;
        set => arguments = value;
    }

    public T Parent<T>() => parent is T typed ? typed : (T)parent!;

    public T ArgumentValue<T>(string name)
    {
        if (!arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }

        var argument = selection.Field.Arguments.TryGetField(name, out var field) ? field : null;
        if (argument?.GlobalIdParser is { } parseGlobalId)
        {
            value = parseGlobalId(value);
        }

        if (value is null)
        {
            return default!;
        }

        if (value is T typed && value is not Dictionary<string, object?>)
        {
            return typed;
        }

        var type = argument?.Type;
        return type is null ? (T)value : (T)ClrValueConverter.Convert(type, value, typeof(T))!;
    }

    public TLiteral ArgumentLiteral<TLiteral>(string name)
        where TLiteral : IValueNode
    {
        selection.Field.Arguments.TryGetField(name, out var definition);
        IValueNode literal = definition?.DefaultValue ?? new NullValueNode(null);
        foreach (var argument in selection.SyntaxNode.Arguments)
        {
            if (argument.Name.Value == name)
            {
                literal = VariableSubstitution.Replace(argument.Value, definition?.Type, state.Variables);
                break;
            }
        }

        return literal is TLiteral typed
            ? typed
            : throw new InvalidCastException($"The argument `{name}` is a {literal.Kind} literal, not a {typeof(TLiteral).Name}.");
    }

    public T Service<T>()
        where T : notnull =>
        state.Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"The service {typeof(T).FullName} is not registered.");

    public IReadOnlyList<ISelection> GetSelections(ObjectType type, ISelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var parentSelection = selection as Selection ?? this.PlannedSelection;
        return state.Plan.GetChildSelections(parentSelection, type, state.Variables).Selections;
    }

    private static IReadOnlyDictionary<string, object?> EmptyArguments { get; } = new Dictionary<string, object?>();
}
