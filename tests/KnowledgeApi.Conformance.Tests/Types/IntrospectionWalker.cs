using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Conformance.Tests.Types;

/// <summary>
/// Just enough of an executor to answer graphql-js's introspection query from our introspection
/// types: fields (with literal arguments) and fragment spreads, each field run through its
/// pipeline, leaves serialized by their scalar or enum type. No variables, no abstract types,
/// no errors: the real executor comes with the execution issue.
/// </summary>
internal static class IntrospectionWalker
{
    public static async Task<Dictionary<string, object?>> RunAsync(Schema schema, string query)
    {
        var document = Parser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return await SelectAsync(schema, schema.QueryType, null, operation.SelectionSet, fragments);
    }

    private static async Task<Dictionary<string, object?>> SelectAsync(
        Schema schema,
        ObjectType type,
        object? parent,
        SelectionSetNode selectionSet,
        Dictionary<string, FragmentDefinitionNode> fragments)
    {
        var result = new Dictionary<string, object?>();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FragmentSpreadNode spread:
                    foreach (var (key, value) in await SelectAsync(schema, type, parent, fragments[spread.Name.Value].SelectionSet, fragments))
                    {
                        result[key] = value;
                    }

                    break;
                case FieldNode node:
                    var field = node.Name.Value == "__schema" ? schema.MetaFields.SchemaField : type.Fields[node.Name.Value];
                    var context = new WalkerContext(schema, type, field, node, parent);
                    await field.Pipeline(context);
                    result[node.Alias?.Value ?? node.Name.Value] = await CompleteAsync(schema, field.Type, context.Result, node.SelectionSet, fragments);
                    break;
            }
        }

        return result;
    }

    private static async Task<object?> CompleteAsync(Schema schema, IType type, object? value, SelectionSetNode? selectionSet, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return await CompleteAsync(schema, nonNull.InnerType, value, selectionSet, fragments);
            case ListType list:
                var items = new List<object?>();
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    items.Add(await CompleteAsync(schema, list.ElementType, item, selectionSet, fragments));
                }

                return items;
            case ScalarType scalar:
                return scalar.Serialize(value);
            case EnumType enumType:
                return enumType.Serialize(value);
            case ObjectType objectType:
                return await SelectAsync(schema, objectType, value, selectionSet!, fragments);
            default:
                throw new NotSupportedException($"The walker does not handle {type.Print()}.");
        }
    }

    private sealed class WalkerContext(Schema schema, ObjectType objectType, OutputField field, FieldNode selection, object? parent) : IMiddlewareContext
    {
        public Schema Schema { get; } = schema;

        public ObjectType ObjectType { get; } = objectType;

        public OutputField Field { get; } = field;

        public FieldNode Selection { get; } = selection;

        public ResponsePath Path => ResponsePath.Root;

        public CancellationToken RequestAborted => CancellationToken.None;

        public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

        public IBatchScheduler BatchScheduler => throw new NotSupportedException();

        public IServiceProvider Services => throw new NotSupportedException();

        public object? Result { get; set; }

        public T Parent<T>() => (T)parent!;

        public T ArgumentValue<T>(string name)
        {
            var argument = Field.Arguments[name];
            var literal = Selection.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value ?? argument.DefaultValue;
            return literal is null ? default! : (T)((ScalarType)argument.Type.NamedType()).ParseLiteral(literal)!;
        }

        public TLiteral ArgumentLiteral<TLiteral>(string name)
            where TLiteral : IValueNode => throw new NotSupportedException();

        public T Service<T>()
            where T : notnull => throw new NotSupportedException();
    }
}
