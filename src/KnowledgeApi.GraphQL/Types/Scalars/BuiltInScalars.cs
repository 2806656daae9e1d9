namespace KnowledgeApi.GraphQL.Types;

/// <summary>Which scalar class a CLR type maps to when nothing else was said, as Hot Chocolate binds them.</summary>
internal static class BuiltInScalars
{
    private static readonly Dictionary<Type, Type> ByRuntimeType = new()
    {
        [typeof(string)] = typeof(StringType),
        [typeof(char)] = typeof(StringType),
        [typeof(int)] = typeof(IntType),
        [typeof(short)] = typeof(IntType),
        [typeof(byte)] = typeof(IntType),
        [typeof(sbyte)] = typeof(IntType),
        [typeof(ushort)] = typeof(IntType),
        [typeof(bool)] = typeof(BooleanType),
        [typeof(double)] = typeof(FloatType),
        [typeof(float)] = typeof(FloatType),
        [typeof(long)] = typeof(LongType),
        [typeof(uint)] = typeof(LongType),
        [typeof(decimal)] = typeof(DecimalType),
        [typeof(Guid)] = typeof(UuidType),
        [typeof(DateTime)] = typeof(DateTimeType),
        [typeof(DateTimeOffset)] = typeof(DateTimeType),
        [typeof(DateOnly)] = typeof(DateType),
        [typeof(Uri)] = typeof(UrlType),
    };

    private static readonly Dictionary<string, Type> ByName = new(StringComparer.Ordinal)
    {
        ["Int"] = typeof(IntType),
        ["Float"] = typeof(FloatType),
        ["String"] = typeof(StringType),
        ["Boolean"] = typeof(BooleanType),
        ["ID"] = typeof(IdType),
        ["Long"] = typeof(LongType),
        ["Decimal"] = typeof(DecimalType),
        ["UUID"] = typeof(UuidType),
        ["DateTime"] = typeof(DateTimeType),
        ["Date"] = typeof(DateType),
        ["URL"] = typeof(UrlType),
    };

    /// <summary>The built-in scalar class with this GraphQL name, so SDL syntax such as <c>"[Int!]"</c> can name it.</summary>
    public static Type? ScalarClassForName(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The five scalars the specification defines; SDL printers leave them out.</summary>
    public static bool IsSpecifiedScalar(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    public static Type? ScalarClassFor(Type runtimeType) => ByRuntimeType.GetValueOrDefault(runtimeType);
}
