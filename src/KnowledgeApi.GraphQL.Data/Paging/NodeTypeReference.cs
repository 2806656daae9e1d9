using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// The item type of a paged field (a CLR class such as <c>Book</c>, or a type class such as
/// <c>BookType</c>), set on the <c>node</c>/<c>nodes</c>/<c>items</c> fields as <c>T!</c> or <c>[T!]</c>.
/// The descriptor's generic <c>Type&lt;T&gt;()</c> is the way to name a CLR type, so the call is
/// made once per field at schema build through reflection.
/// </summary>
internal sealed class NodeTypeReference(Type type)
{
    private static readonly MethodInfo TypeMethod = typeof(IObjectFieldDescriptor).GetMethods()
        .Single(m => m.Name == nameof(IObjectFieldDescriptor.Type) && m.IsGenericMethodDefinition);

    public Type Type { get; } = type;

    public IObjectFieldDescriptor Apply(IObjectFieldDescriptor field, bool list)
    {
        var schemaType = typeof(NonNullType<>).MakeGenericType(Type);
        if (list)
        {
            schemaType = typeof(ListType<>).MakeGenericType(schemaType);
        }

        return (IObjectFieldDescriptor)TypeMethod.MakeGenericMethod(schemaType).Invoke(field, [])!;
    }
}
