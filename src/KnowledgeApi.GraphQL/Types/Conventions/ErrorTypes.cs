using System.Reflection;
using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types.Conventions;

/// <summary>
/// The error types of one schema build: <c>interface Error { message: String! }</c>, one object
/// type per mapped exception class (shared by every mutation that maps it) and one union per
/// mutation. Two exception classes that would give one error type name are <c>HC0066</c>.
/// </summary>
internal sealed class ErrorTypes(SchemaBuildContext context)
{
    public const string DuplicateErrorTypeCode = "HC0066";
    private const string ExceptionSuffix = "Exception";
    private const string ErrorSuffix = "Error";

    private readonly Dictionary<Type, ObjectType> byException = [];
    private readonly Dictionary<string, Type> exceptionByName = new(StringComparer.Ordinal);
    private InterfaceType? errorInterface;

    /// <summary>The union <paramref name="unionName"/> of the error types of <paramref name="exceptionTypes"/>; null when none could be made.</summary>
    public UnionType? CreateUnion(string unionName, string description, IReadOnlyList<Type> exceptionTypes, string coordinate)
    {
        var definition = new UnionTypeDefinition { Name = unionName, Description = description };
        foreach (var exceptionType in exceptionTypes)
        {
            if (ErrorTypeFor(exceptionType, coordinate) is { } errorType)
            {
                definition.Types.Add(new InstanceRef(errorType));
            }
        }

        if (definition.Types.Count == 0)
        {
            return null;
        }

        var union = new DefinedUnionType(definition);
        context.Registry.Register(union);
        return union;
    }

    private ObjectType? ErrorTypeFor(Type exceptionType, string coordinate)
    {
        if (byException.TryGetValue(exceptionType, out var known))
        {
            return known;
        }

        if (!typeof(Exception).IsAssignableFrom(exceptionType))
        {
            context.ReportError($"{coordinate} maps {exceptionType.Name} with [Error], but only exception classes can be mapped to errors.", coordinate);
            return null;
        }

        var name = ErrorTypeName(exceptionType);
        if (exceptionByName.TryGetValue(name, out var other))
        {
            context.ReportError(
                $"The error type name '{name}' is produced by both {other.FullName} and {exceptionType.FullName} (mapped by {coordinate}); error type names must be unique.",
                coordinate,
                DuplicateErrorTypeCode);
            return null;
        }

        var definition = new ComplexTypeDefinition
        {
            Name = name,
            Description = context.Describe(exceptionType),
            RuntimeType = exceptionType,
            FieldsBoundExplicitly = true,
        };
        definition.Fields.Add(MessageField(resolves: true));
        var order = 1;
        foreach (var property in MemberInference.Properties(exceptionType).Where(IsErrorProperty))
        {
            definition.Fields.Add(MemberInference.CreateOutputField(property, context, order++, name).Definition);
        }

        definition.Interfaces.Add(new InstanceRef(ErrorInterface()));
        var errorType = new DefinedObjectType(definition);
        context.Registry.Register(errorType);
        byException[exceptionType] = errorType;
        exceptionByName[name] = exceptionType;
        return errorType;
    }

    private InterfaceType ErrorInterface()
    {
        if (errorInterface is null)
        {
            var definition = new ComplexTypeDefinition
            {
                Name = ErrorSuffix,
                Description = "A domain error a mutation reports in its payload's `errors`, instead of failing with a GraphQL error.",
                FieldsBoundExplicitly = true,
            };
            definition.Fields.Add(MessageField(resolves: false));
            errorInterface = new DefinedInterfaceType(definition);
            context.Registry.Register(errorInterface);
        }

        return errorInterface;
    }

    private static OutputFieldDefinition MessageField(bool resolves) => new()
    {
        Name = "message",
        Description = "What went wrong, in words meant for people.",
        Type = TypeRef.NonNull(new SchemaTypeRef(typeof(StringType))),
        PureResolver = resolves ? ctx => ctx.Parent<Exception>().Message : null,
    };

    /// <summary><c>[GraphQLName]</c>, else the class name with <c>Exception</c> replaced by <c>Error</c>.</summary>
    private static string ErrorTypeName(Type exceptionType)
    {
        if (exceptionType.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = Naming.TypeName(exceptionType, TypeKind.Object);
        return name.EndsWith(ExceptionSuffix, StringComparison.Ordinal) ? name[..^ExceptionSuffix.Length] + ErrorSuffix : name;
    }

    // Exception's own members (stack trace, data, source...) describe the server, not the domain error.
    private static bool IsErrorProperty(PropertyInfo property) =>
        property.DeclaringType != typeof(Exception)
        && property.Name != nameof(Exception.Message)
        && !property.IsDefined(typeof(GraphQLIgnoreAttribute), true);
}
