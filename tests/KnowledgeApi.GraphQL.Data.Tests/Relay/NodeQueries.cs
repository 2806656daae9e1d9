using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Relay;

/// <summary>Authors and tags as Relay nodes over the library; the query type has node and nodes.</summary>
public sealed class NodeQueryType : ObjectType
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.AddNodeFields();
        descriptor.Field("firstAuthor").Type<AuthorNodeType>().Resolve(ctx => ctx.Service<LibraryDbContext>().Authors.OrderBy(a => a.Id).First());
    }
}

public sealed class AuthorNodeType : ObjectType<Author>
{
    protected override void Configure(IObjectTypeDescriptor<Author> descriptor) =>
        descriptor.ImplementsNode(a => a.Id, async (ctx, id) => await ctx.Service<LibraryDbContext>().Authors.FindAsync(id));
}

public sealed class TagNodeType : ObjectType<Tag>
{
    protected override void Configure(IObjectTypeDescriptor<Tag> descriptor) =>
        descriptor.ImplementsNode(t => t.Id, async (ctx, id) => await ctx.Service<LibraryDbContext>().Tags.FindAsync(id));
}
