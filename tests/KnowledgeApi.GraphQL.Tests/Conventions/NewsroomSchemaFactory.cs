using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Conventions;

internal static class NewsroomSchemaFactory
{
    public static Schema Create(ArticleStore? store = null, bool queryField = true)
    {
        var builder = SchemaBuilder.New()
            .AddQueryType<NewsroomQuery>()
            .AddMutationType<NewsroomMutation>()
            .AddServices(new StoreServices(store ?? new ArticleStore()))
            .ModifyOptions(o => o.GlobalIdSerializer = new PlainGlobalIds())
            .AddMutationConventions();
        return (queryField ? builder.AddQueryFieldToMutationPayloads() : builder).Create();
    }

    internal sealed class StoreServices(ArticleStore store) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ArticleStore) ? store : null;
    }
}
