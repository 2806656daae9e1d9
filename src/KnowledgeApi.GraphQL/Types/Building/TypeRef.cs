namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// A type reference written before the schema exists: the list and non-null wrappers around
/// something that names a type (a CLR type, a schema type class, a GraphQL name or an instance).
/// </summary>
internal abstract record TypeRef
{
    public static TypeRef NonNull(TypeRef inner) => inner is NonNullRef ? inner : new NonNullRef(inner);

    /// <summary>The innermost reference (the thing that names a type).</summary>
    public TypeRef Named() => this switch
    {
        NonNullRef n => n.Inner.Named(),
        ListRef l => l.Element.Named(),
        _ => this,
    };

    /// <summary>The same wrappers around another named reference (for <c>[ID]</c>).</summary>
    public TypeRef WithNamed(TypeRef named) => this switch
    {
        NonNullRef n => new NonNullRef(n.Inner.WithNamed(named)),
        ListRef l => new ListRef(l.Element.WithNamed(named)),
        _ => named,
    };

    /// <summary>Reshapes nullability from the outside in; levels not listed keep theirs.</summary>
    public TypeRef WithNullability(IReadOnlyList<bool> nullable, int level = 0)
    {
        var inner = this is NonNullRef n ? n.Inner : this;
        if (inner is ListRef list)
        {
            inner = new ListRef(list.Element.WithNullability(nullable, level + 1));
        }

        if (level >= nullable.Count)
        {
            return this is NonNullRef ? new NonNullRef(inner) : inner;
        }

        return nullable[level] ? inner : new NonNullRef(inner);
    }

    /// <summary>Reads <c>ListType&lt;NonNullType&lt;StringType&gt;&gt;</c> and friends.</summary>
    public static TypeRef FromSchemaType(Type schemaType)
    {
        if (schemaType.IsGenericType)
        {
            var definition = schemaType.GetGenericTypeDefinition();
            if (definition == typeof(ListType<>))
            {
                return new ListRef(FromSchemaType(schemaType.GetGenericArguments()[0]));
            }

            if (definition == typeof(NonNullType<>))
            {
                return NonNull(FromSchemaType(schemaType.GetGenericArguments()[0]));
            }
        }

        return typeof(TypeSystemObject).IsAssignableFrom(schemaType)
            ? new SchemaTypeRef(schemaType)
            : new ClrTypeRef(schemaType);
    }

    /// <summary>Reads SDL type syntax such as <c>[String!]!</c>; null when it is malformed.</summary>
    public static TypeRef? FromSyntax(string syntax)
    {
        var text = syntax.Trim();
        if (text.EndsWith('!'))
        {
            var inner = FromSyntax(text[..^1]);
            return inner is null or NonNullRef ? null : new NonNullRef(inner);
        }

        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            var element = FromSyntax(text[1..^1]);
            return element is null ? null : new ListRef(element);
        }

        return text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? new NameRef(text)
            : null;
    }
}

internal sealed record NonNullRef(TypeRef Inner) : TypeRef;

internal sealed record ListRef(TypeRef Element) : TypeRef;

/// <summary>A CLR runtime type (<c>string</c>, <c>Article</c>, an enum); which GraphQL type it means depends on input or output use.</summary>
internal sealed record ClrTypeRef(Type RuntimeType) : TypeRef;

/// <summary>A schema type class (<c>StringType</c>, <c>ArticleType</c>).</summary>
internal sealed record SchemaTypeRef(Type SchemaType) : TypeRef;

/// <summary>A GraphQL type name (from SDL syntax).</summary>
internal sealed record NameRef(string Name) : TypeRef;

/// <summary>A type object the application created itself.</summary>
internal sealed record InstanceRef(TypeSystemObject Type) : TypeRef;
