using KnowledgeApi.GraphQL.Authorization;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Tests.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Tests.Authorization;

/// <summary>[Authorize] in the engine, with a principal put into ContextData the way the HTTP transport does.</summary>
public sealed class FieldAuthorizationTests
{
    private const string Refused = "The current user is not authorized to access this resource.";
    private readonly ResolverCalls calls = new();

    [Fact]
    public async Task Without_a_user_a_guarded_field_is_null_with_AUTH_NOT_AUTHENTICATED_and_public_fields_still_resolve()
    {
        var json = await GuardedSchema.RunAsync(calls, user: null, "{ publicInfo secret }");

        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":1,"column":14}],"path":["secret"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":null}""",
            json);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task An_anonymous_identity_is_not_authenticated()
    {
        var json = await GuardedSchema.RunAsync(calls, GuardedSchema.Anonymous(), "{ secret }");

        Assert.Contains("AUTH_NOT_AUTHENTICATED", json, StringComparison.Ordinal);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task An_authenticated_user_gets_the_field()
    {
        var json = await GuardedSchema.RunAsync(calls, GuardedSchema.User(), "{ publicInfo secret }");

        Assert.Equal("""{"data":{"publicInfo":"open","secret":"hidden"}}""", json);
        Assert.Equal(1, calls.Count);
    }

    [Fact]
    public async Task A_user_without_any_of_the_roles_gets_AUTH_NOT_AUTHORIZED()
    {
        var json = await GuardedSchema.RunAsync(calls, GuardedSchema.User("reader"), "{ adminOnly }");

        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":1,"column":3}],"path":["adminOnly"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":null}""",
            json);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task One_of_the_roles_is_enough()
    {
        var json = await GuardedSchema.RunAsync(calls, GuardedSchema.User("reader", "owner"), "{ adminOnly }");

        Assert.Equal("""{"data":{"adminOnly":"admin"}}""", json);
    }

    [Fact]
    public async Task The_engine_handler_has_no_policies_so_a_named_policy_is_refused_with_AUTH_POLICY_NOT_FOUND()
    {
        var json = await GuardedSchema.RunAsync(calls, GuardedSchema.User("admin"), "{ editorsOnly }");

        Assert.Contains("\"code\":\"AUTH_POLICY_NOT_FOUND\"", json, StringComparison.Ordinal);
        Assert.Contains("The `Editors` authorization policy does not exist.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_descriptor_form_guards_fields_like_the_attribute()
    {
        var executor = new RequestExecutor(SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Field("open").Type("String").Resolve(_ => "open");
                d.Field("fluent").Type("String").Resolve(_ => "fluent").Authorize(roles: ["fluent"]);
            })
            .Create());
        async Task<string> RunAsync(params string[] roles) => ((ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ open fluent }",
            ContextData = new Dictionary<string, object?> { [AuthorizationContextKeys.User] = GuardedSchema.User(roles) },
        })).ToJson();

        var refused = await RunAsync("reader");
        var allowed = await RunAsync("fluent");

        Assert.Contains("\"path\":[\"fluent\"],\"extensions\":{\"code\":\"AUTH_NOT_AUTHORIZED\"}", refused, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":{\"open\":\"open\",\"fluent\":null}}", refused, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"open":"open","fluent":"fluent"}}""", allowed);
    }

    [Fact]
    public async Task The_type_descriptor_form_guards_every_field_of_the_type()
    {
        var executor = new RequestExecutor(SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Authorize();
                d.Field("a").Type("String").Resolve(_ => "a");
                d.Field("b").Type("String").Resolve(_ => "b");
            })
            .Create());

        var result = ((ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a b }" })).ToJson();

        Assert.Equal(2, result.Split("AUTH_NOT_AUTHENTICATED").Length - 1);
        Assert.EndsWith("\"data\":{\"a\":null,\"b\":null}}", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_argument_that_would_fail_coercion_is_not_reported_to_a_refused_user()
    {
        // $limit may be null by its type, so validation accepts it in an Int! position thanks to its
        // default; sending null explicitly makes argument coercion fail at execution (§6.4.1).
        const string query = "query Q($limit: Int = 3) { limited(limit: $limit) }";

        var refused = await GuardedSchema.RunAsync(calls, user: null, query, """{"limit":null}""");
        var allowed = await GuardedSchema.RunAsync(calls, GuardedSchema.User(), query, """{"limit":null}""");

        Assert.Contains("AUTH_NOT_AUTHENTICATED", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("limit", refused.Replace("\"path\":[\"limited\"]", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("The argument `limit`", allowed, StringComparison.Ordinal);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task A_class_level_attribute_guards_every_mutation_before_the_convention_or_the_resolver_runs()
    {
        const string mutation = """mutation { publish(input: { draftId: "not-an-id", title: "taken" }) { string errors { __typename } } }""";

        var anonymous = await GuardedSchema.RunAsync(calls, user: null, mutation);
        var reader = await GuardedSchema.RunAsync(calls, GuardedSchema.User("reader"), mutation);

        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":1,"column":12}],"path":["publish"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":null}""",
            anonymous);
        Assert.Contains("\"code\":\"AUTH_NOT_AUTHORIZED\"", reader, StringComparison.Ordinal);
        Assert.DoesNotContain("not-an-id", reader, StringComparison.Ordinal);
        Assert.DoesNotContain("TitleTaken", reader, StringComparison.Ordinal);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task A_writer_reaches_the_mutation_and_its_typed_errors()
    {
        var writer = GuardedSchema.User("writer");

        var published = await GuardedSchema.RunAsync(calls, writer, """mutation { publish(input: { draftId: "Draft:7", title: "Hello" }) { string } }""");
        var taken = await GuardedSchema.RunAsync(calls, writer, """mutation { publish(input: { draftId: "Draft:7", title: "taken" }) { errors { __typename } } }""");

        Assert.Equal("""{"data":{"publish":{"string":"7:Hello"}}}""", published);
        Assert.Equal("""{"data":{"publish":{"errors":[{"__typename":"TitleTakenError"}]}}}""", taken);
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public async Task A_registered_handler_replaces_the_default_one()
    {
        var handler = new AllowListHandler("secret");
        var services = new TestServices(calls, handler);

        var json = await GuardedSchema.RunAsync(calls, user: null, "{ secret adminOnly }", services: services);

        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":1,"column":10}],"path":["adminOnly"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":null}""",
            json);
        Assert.Equal(["secret", "adminOnly"], handler.Asked.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void AddAuthorization_registers_the_default_handler_unless_one_is_registered()
    {
        var plain = new ServiceCollection();
        plain.AddGraphQL().AddAuthorization();
        var custom = new ServiceCollection();
        custom.AddSingleton<IAuthorizationHandler>(new AllowListHandler());
        custom.AddGraphQL().AddAuthorization();

        Assert.IsType<DefaultAuthorizationHandler>(Resolve(plain));
        Assert.IsType<AllowListHandler>(Resolve(custom));
    }

    private static object? Resolve(ServiceCollection services) =>
        services.BuildServiceProvider().GetService(typeof(IAuthorizationHandler));

    /// <summary>Allows the fields named, refuses the others as not authorized, and records what it was asked.</summary>
    private sealed class AllowListHandler(params string[] allowed) : IAuthorizationHandler
    {
        public List<string> Asked { get; } = [];

        public async ValueTask<AuthorizeResult> AuthorizeAsync(IMiddlewareContext context, AuthorizeDirective directive)
        {
            await Task.Yield();
            lock (Asked)
            {
                Asked.Add(context.Field.Name);
            }

            return allowed.Contains(context.Field.Name) ? AuthorizeResult.Allowed : AuthorizeResult.NotAllowed;
        }
    }
}
