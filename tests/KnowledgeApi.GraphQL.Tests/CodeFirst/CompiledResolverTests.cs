using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.CodeFirst;

/// <summary>The resolvers compiled from the newsroom classes, called through the resolver contract with a fake context.</summary>
public sealed class CompiledResolverTests
{
    private static readonly Schema Schema = NewsroomSchema.Create();

    [Fact]
    public async Task A_property_resolver_reads_the_parent_synchronously()
    {
        var article = new Article { Id = "7", Title = "Floods in the north" };
        var context = FakeResolverContext.For(Schema, "Article", "title", article);

        Assert.NotNull(context.Field.PureResolver);
        Assert.Equal("Floods in the north", context.Field.PureResolver!(context));
        Assert.Equal("Floods in the north", await context.Field.Resolver(context));
    }

    [Fact]
    public async Task An_async_method_gets_its_service_argument_and_cancellation_token_and_its_task_is_unwrapped()
    {
        var repository = new ArticleRepository();
        repository.Publish(new PublishArticleInput { Title = "One" });
        repository.Publish(new PublishArticleInput { Title = "Two" });
        repository.Publish(new PublishArticleInput { Title = "Three" });
        using var cancellation = new CancellationTokenSource();
        var context = FakeResolverContext.For(Schema, "Query", "articles", new NewsroomQuery()) with
        {
            Services = new TestServices().Add(repository),
            RequestAborted = cancellation.Token,
        };
        context.Arguments["first"] = 2;

        var result = await context.Field.Resolver(context);

        Assert.Null(context.Field.PureResolver);
        Assert.Equal(["One", "Two"], ((IEnumerable<Article>)result!).Select(a => a.Title));
        Assert.Equal(["first"], context.ArgumentsRead);
    }

    [Fact]
    public async Task A_value_task_method_is_unwrapped_and_its_id_argument_is_bound_by_name()
    {
        var repository = new ArticleRepository();
        var published = repository.Publish(new PublishArticleInput { Title = "Found" });
        var context = FakeResolverContext.For(Schema, "Query", "article", new NewsroomQuery()) with { Services = new TestServices().Add(repository) };
        context.Arguments["id"] = published.Id;

        var result = await context.Field.Resolver(context);

        Assert.Same(published, result);
    }

    [Fact]
    public async Task A_task_of_a_value_type_is_unwrapped_and_boxed()
    {
        var context = FakeResolverContext.For(Schema, "Article", "wordCount", new Article { Id = "1", Title = "Twelve chars" });

        Assert.Equal(12, await context.Field.Resolver(context));
    }

    [Fact]
    public async Task A_cancelled_request_reaches_the_resolver_through_its_cancellation_token()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var context = FakeResolverContext.For(Schema, "Query", "articles", new NewsroomQuery()) with
        {
            Services = new TestServices().Add(new ArticleRepository()),
            RequestAborted = cancellation.Token,
        };

        // The repository throws only when the token it was handed is cancelled.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await context.Field.Resolver(context));
    }

    [Fact]
    public async Task Omitted_arguments_take_their_default_values()
    {
        var article = new Article { Id = "1", Title = "t" };
        var context = FakeResolverContext.For(Schema, "Article", "quotations", article);
        context.Arguments["limit"] = null;

        var result = await context.Field.Resolver(context);

        Assert.Empty((IEnumerable<Quotation>)result!);
        Assert.Equal(["limit", "kind"], context.ArgumentsRead);
    }

    [Fact]
    public void A_descriptor_resolver_runs_against_the_parent()
    {
        var person = new Person { Id = "p1", DisplayName = "Ada Byron King" };
        var context = FakeResolverContext.For(Schema, "Person", "initials", person);

        Assert.Equal("ABK", context.Field.PureResolver!(context));
    }

    [Fact]
    public async Task The_pipeline_runs_attribute_middleware_around_the_resolver()
    {
        var quotation = new Quotation { Text = "we will rebuild", Speaker = new Person { Id = "p", DisplayName = "Mayor" } };
        var context = FakeResolverContext.For(Schema, "Quotation", "excerpt", quotation);

        await context.Field.Pipeline(context);

        Assert.Single(context.Field.Middleware);
        Assert.Equal("WE WILL REBUILD", context.Result);
    }

    [Fact]
    public async Task Middleware_added_first_runs_outermost()
    {
        var order = new List<string>();
        var schema = SchemaBuilder.New()
            .AddQueryType(new ObjectType(d => d.Name("Query").Field("value").Type<StringType>()
                .Use(next => async ctx =>
                {
                    order.Add("outer in");
                    await next(ctx);
                    order.Add("outer out");
                })
                .Use(next => async ctx =>
                {
                    order.Add("inner in");
                    await next(ctx);
                    order.Add("inner out");
                })
                .Resolve(_ =>
                {
                    order.Add("resolver");
                    return "v";
                })))
            .Create();
        var context = FakeResolverContext.For(schema, "Query", "value");

        await context.Field.Pipeline(context);

        Assert.Equal(["outer in", "inner in", "resolver", "inner out", "outer out"], order);
        Assert.Equal("v", context.Result);
    }

    [Fact]
    public async Task Descriptor_attributes_add_their_middleware_in_the_order_they_are_written()
    {
        var schema = SchemaBuilder.New().AddQueryType<Traced>().Create();
        var context = FakeResolverContext.For(schema, "Query", "value", new Traced());
        var trace = new List<string>();
        context.ContextData["trace"] = trace;

        await context.Field.Pipeline(context);

        Assert.Equal(["declared-first", "declared-second", "declared-third"], trace);
        Assert.Equal("v", context.Result);
    }

    [Fact]
    public async Task A_mutation_binds_its_input_object_and_its_container_service()
    {
        var repository = new ArticleRepository();
        var context = FakeResolverContext.For(Schema, "Mutation", "publishArticle", new NewsroomMutation()) with { Services = new TestServices().Add(repository) };
        context.Arguments["input"] = new PublishArticleInput { Title = "Budget passes" };

        var result = (Article)(await context.Field.Resolver(context))!;

        Assert.Equal("Budget passes", result.Title);
        Assert.Same(result, repository.Find(result.Id));
    }

    [Fact]
    public void Service_and_cancellation_parameters_do_not_become_arguments()
    {
        var field = Schema.QueryType.Fields["articles"];

        Assert.Equal(["first"], field.Arguments.Select(a => a.Name));
    }
}
