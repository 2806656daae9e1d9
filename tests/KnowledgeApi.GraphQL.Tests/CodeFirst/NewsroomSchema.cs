using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.CodeFirst;

/// <summary>Builds the newsroom schema the code-first tests share.</summary>
internal static class NewsroomSchema
{
    public static TestServices Services { get; } = new TestServices().Add(new ArticleRepository());

    public static Schema Create() =>
        SchemaBuilder.New()
            .AddQueryType<NewsroomQuery>()
            .AddMutationType<NewsroomMutation>()
            .AddType<PersonType>()
            .AddType<ArticleReferenceType>()
            .AddType<Organization>()
            .AddDirectiveType<CacheControlDirectiveType>()
            .AddServices(Services)
            .Create();
}

/// <summary>A minimal service provider: a dictionary from service type to instance.</summary>
internal sealed class TestServices : IServiceProvider
{
    private readonly Dictionary<Type, object> services = [];

    public TestServices Add<T>(T service)
        where T : notnull
    {
        services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => services.GetValueOrDefault(serviceType);
}
