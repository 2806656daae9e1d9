using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Coercion;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types.Conventions;

/// <summary>
/// What a convention-rewritten mutation's resolver sees: the field's context, except that its
/// parameters read the fields of the <c>input</c> argument, so the resolver compiled for
/// <c>IngestArticleAsync(string text, string sourceName)</c> runs unchanged. Each field keeps its
/// own conversion (global ID decoding of <c>[ID]</c> parameters included).
/// </summary>
internal sealed class InputArgumentContext(IMiddlewareContext inner, InputObjectType input) : IMiddlewareContext
{
    public const string InputArgumentName = "input";

    private IReadOnlyDictionary<string, object?>? fields;

    public Schema Schema => inner.Schema;

    public ObjectType ObjectType => inner.ObjectType;

    public OutputField Field => inner.Field;

    public FieldNode Selection => inner.Selection;

    public ResponsePath Path => inner.Path;

    public CancellationToken RequestAborted => inner.RequestAborted;

    public IDictionary<string, object?> ContextData => inner.ContextData;

    public IBatchScheduler BatchScheduler => inner.BatchScheduler;

    public IServiceProvider Services => inner.Services;

    public object? Result
    {
        get => inner.Result;
        set => inner.Result = value;
    }

    public T Parent<T>() => inner.Parent<T>();

    public T ArgumentValue<T>(string name)
    {
        fields ??= inner.ArgumentValue<object?>(InputArgumentName) as IReadOnlyDictionary<string, object?>
            ?? new Dictionary<string, object?>();
        if (!fields.TryGetValue(name, out var value) || value is null || !input.Fields.TryGetField(name, out var field))
        {
            return default!;
        }

        if (field.GlobalIdParser is { } parseGlobalId && (value = parseGlobalId(value)) is null)
        {
            return default!;
        }

        return value is T typed && value is not Dictionary<string, object?>
            ? typed
            : (T)ClrValueConverter.Convert(field.Type, value, typeof(T))!;
    }

    /// <summary>The input field's literal inside the <c>input</c> object literal (variables already replaced).</summary>
    public TLiteral ArgumentLiteral<TLiteral>(string name)
        where TLiteral : IValueNode
    {
        IValueNode literal = input.Fields.TryGetField(name, out var field) && field.DefaultValue is { } defaultValue
            ? defaultValue
            : new NullValueNode(null);
        if (inner.ArgumentLiteral<IValueNode>(InputArgumentName) is ObjectValueNode inputLiteral)
        {
            foreach (var member in inputLiteral.Fields)
            {
                if (member.Name.Value == name)
                {
                    literal = member.Value;
                    break;
                }
            }
        }

        return literal is TLiteral typed
            ? typed
            : throw new InvalidCastException($"The input field `{name}` is a {literal.Kind} literal, not a {typeof(TLiteral).Name}.");
    }

    public T Service<T>()
        where T : notnull => inner.Service<T>();
}
