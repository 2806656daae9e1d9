using System.Reflection;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types.Conventions;

/// <summary>
/// Hot Chocolate's mutation conventions. A resolver <c>IngestArticleAsync(string text, string sourceName)</c>
/// returning <c>Article</c> becomes
/// <code>
/// ingestArticle(input: IngestArticleInput!): IngestArticlePayload!
/// input IngestArticleInput { text: String! sourceName: String! }
/// type IngestArticlePayload { article: Article errors: [IngestArticleError!] }
/// </code>
/// The input keeps the arguments as fields (a mutation without arguments gets no input); the
/// payload holds the result under the camelCase name of its type, and <c>errors</c> only when the
/// resolver declares <c>[Error]</c>s. The resolver compiled for the method runs unchanged: its
/// parameters read the input's fields (<see cref="InputArgumentContext"/>).
/// </summary>
internal sealed class MutationConvention(bool applyToAllMutations) : ISchemaConvention
{
    private const string ErrorsFieldName = "errors";

    public int Order => 0;

    public void Apply(SchemaBuildContext context, ObjectType? queryType, ObjectType? mutationType)
    {
        if (mutationType?.Definition is not { } mutation)
        {
            return;
        }

        var errorTypes = new ErrorTypes(context);
        foreach (var field in mutation.Fields.Where(f => !f.Ignored).ToList())
        {
            if (field.Member is not MethodInfo method || field.Type is null)
            {
                continue;
            }

            var options = method.GetCustomAttribute<UseMutationConventionAttribute>();
            if (options?.Disable == true || (!applyToAllMutations && options is null))
            {
                continue;
            }

            Rewrite(context, $"{mutation.Name}.{field.Name}", field, method, options, errorTypes);
        }
    }

    private static void Rewrite(
        SchemaBuildContext context,
        string coordinate,
        OutputFieldDefinition field,
        MethodInfo method,
        UseMutationConventionAttribute? options,
        ErrorTypes errorTypes)
    {
        var mutationName = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];

        // Compiled against the method's own arguments before they move into the input type.
        var (resolver, pureResolver) = (field.Resolver, field.PureResolver);
        if (resolver is null && pureResolver is null)
        {
            (resolver, pureResolver) = ResolverCompiler.Compile(method, field.Arguments, context.Services);
        }

        var arguments = field.Arguments.Where(a => !a.Ignored).ToList();
        if (arguments.Count > 0)
        {
            var input = new InputObjectTypeDefinition
            {
                Name = options?.InputTypeName ?? mutationName + "Input",
                Description = $"The arguments of `{field.Name}`, as one input object.",
            };
            input.Fields.AddRange(arguments);
            var inputType = new DefinedInputObjectType(input);
            context.Registry.Register(inputType);
            field.Arguments.Clear();
            field.Arguments.Add(new InputValueDefinition
            {
                Name = InputArgumentContext.InputArgumentName,
                Type = TypeRef.NonNull(new InstanceRef(inputType)),
                RuntimeType = typeof(object),
            });
            (resolver, pureResolver) = ReadArgumentsFromInput(resolver, pureResolver, inputType);
        }

        field.Resolver = resolver;
        field.PureResolver = pureResolver;

        var payloadName = options?.PayloadTypeName ?? mutationName + "Payload";
        var resultType = TypeLookup.Find(field.Type, context);
        if (resultType?.Name == payloadName)
        {
            // The resolver already returns its payload type: only the nullability changes, as in Hot Chocolate.
            field.Type = TypeRef.NonNull(field.Type!);
            return;
        }

        var mappedErrors = method.GetCustomAttributes<ErrorAttribute>(inherit: true)
            .OrderBy(a => a.Order)
            .Select(a => a.ErrorType)
            .Distinct()
            .ToList();
        // Generated types carry descriptions too, so the IDE's schema explorer explains every part of a write.
        var payload = new ComplexTypeDefinition
        {
            Name = payloadName,
            Description = $"The outcome of `{field.Name}`: its result, or the errors that prevented it.",
            FieldsBoundExplicitly = true,
        };
        payload.Fields.Add(new OutputFieldDefinition
        {
            Name = options?.PayloadFieldName ?? Naming.ToCamelCase(resultType?.Name ?? "result"),
            Description = $"What `{field.Name}` produced; null when it reported errors.",
            Type = TypeLookup.Nullable(field.Type!),
            PureResolver = ctx => ctx.Parent<MutationPayload>().Value,
        });

        if (mappedErrors.Count > 0 && errorTypes.CreateUnion(mutationName + "Error", $"The errors `{field.Name}` may report in its payload.", mappedErrors, coordinate) is { } union)
        {
            payload.Fields.Add(new OutputFieldDefinition
            {
                Name = ErrorsFieldName,
                Description = $"Why `{field.Name}` could not do its work; null when it succeeded.",
                Type = new ListRef(TypeRef.NonNull(new InstanceRef(union))),
                PureResolver = ctx => ctx.Parent<MutationPayload>().Errors,
                Order = 1,
            });
        }

        var payloadType = new DefinedObjectType(payload);
        context.Registry.Register(payloadType);
        field.Type = TypeRef.NonNull(new InstanceRef(payloadType));
        field.Middleware.Insert(0, MutationPayloadMiddleware.Create(mappedErrors));
    }

    private static (FieldResolverDelegate? Resolver, PureFieldDelegate? PureResolver) ReadArgumentsFromInput(
        FieldResolverDelegate? resolver,
        PureFieldDelegate? pureResolver,
        InputObjectType inputType)
    {
        if (pureResolver is not null)
        {
            return (null, ctx => pureResolver(new InputArgumentContext((IMiddlewareContext)ctx, inputType)));
        }

        return resolver is null
            ? (null, null)
            : (ctx => resolver(new InputArgumentContext((IMiddlewareContext)ctx, inputType)), null);
    }
}
