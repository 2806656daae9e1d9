using KnowledgeApi.GraphQL.Execution.Configuration;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>The builder methods Hot Chocolate users know: root types, types, schema and request options.</summary>
public static class RequestExecutorBuilderExtensions
{
    public static IRequestExecutorBuilder AddQueryType<T>(this IRequestExecutorBuilder builder) =>
        Configure(builder, (_, schema) => schema.AddQueryType<T>());

    public static IRequestExecutorBuilder AddQueryType(this IRequestExecutorBuilder builder, Action<IObjectTypeDescriptor> configure) =>
        Configure(builder, (_, schema) => schema.AddQueryType(configure));

    public static IRequestExecutorBuilder AddMutationType<T>(this IRequestExecutorBuilder builder) =>
        Configure(builder, (_, schema) => schema.AddMutationType<T>());

    public static IRequestExecutorBuilder AddType<T>(this IRequestExecutorBuilder builder) =>
        Configure(builder, (_, schema) => schema.AddType<T>());

    public static IRequestExecutorBuilder AddType(this IRequestExecutorBuilder builder, Type type) =>
        Configure(builder, (_, schema) => schema.AddType(type));

    public static IRequestExecutorBuilder AddType(this IRequestExecutorBuilder builder, TypeSystemObject type) =>
        Configure(builder, (_, schema) => schema.AddType(type));

    public static IRequestExecutorBuilder AddDirectiveType<T>(this IRequestExecutorBuilder builder)
        where T : DirectiveType, new() =>
        Configure(builder, (_, schema) => schema.AddDirectiveType<T>());

    /// <summary>Changes the schema options (root type names, descriptions, introspection).</summary>
    public static IRequestExecutorBuilder ModifyOptions(this IRequestExecutorBuilder builder, Action<SchemaOptions> configure) =>
        Configure(builder, (_, schema) => schema.ModifyOptions(configure));

    /// <summary>Changes the request options (exception details, introspection, document cache size, timeout).</summary>
    public static IRequestExecutorBuilder ModifyRequestOptions(this IRequestExecutorBuilder builder, Action<RequestExecutorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        SetupOf(builder).OptionSteps.Add(configure);
        return builder;
    }

    private static IRequestExecutorBuilder Configure(IRequestExecutorBuilder builder, Action<IServiceProvider, SchemaBuilder> step)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema(step);
    }

    private static RequestExecutorSetup SetupOf(IRequestExecutorBuilder builder) =>
        builder is RequestExecutorBuilder ours
            ? ours.Setup
            : builder.Services.FirstOrDefault(d => d.ServiceType == typeof(RequestExecutorSetup))?.ImplementationInstance as RequestExecutorSetup
              ?? throw new InvalidOperationException("Call services.AddGraphQL() first.");
}
