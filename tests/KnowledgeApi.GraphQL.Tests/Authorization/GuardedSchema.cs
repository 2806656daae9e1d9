using System.Security.Claims;
using KnowledgeApi.GraphQL.Authorization;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Tests.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Authorization;

/// <summary>Counts resolver runs, so a test can prove a refused field never reached its resolver.</summary>
public sealed class ResolverCalls
{
    private int count;

    public int Count => count;

    public void Add() => Interlocked.Increment(ref count);
}

public sealed class GuardedQuery
{
    public string PublicInfo => "open";

    [Authorize]
    public string Secret([Service] ResolverCalls calls)
    {
        calls.Add();
        return "hidden";
    }

    [Authorize(Roles = ["admin", "owner"])]
    public string AdminOnly([Service] ResolverCalls calls)
    {
        calls.Add();
        return "admin";
    }

    [Authorize("Editors")]
    public string EditorsOnly() => "editors";

    [Authorize]
    public int Limited(int limit, [Service] ResolverCalls calls)
    {
        calls.Add();
        return limit;
    }
}

/// <summary>Every field of this root needs the writer role (the class-level attribute), as knowledge mutations need an API key.</summary>
[Authorize(Roles = ["writer"])]
public sealed class GuardedMutation
{
    [Error<TitleTakenException>]
    public string Publish([ID("Draft")] int draftId, string title, [Service] ResolverCalls calls)
    {
        calls.Add();
        return title == "taken" ? throw new TitleTakenException() : $"{draftId}:{title}";
    }
}

public sealed class TitleTakenException() : Exception("The title is taken.");

internal static class GuardedSchema
{
    public static Schema Create(ResolverCalls calls) => SchemaBuilder.New()
        .AddQueryType<GuardedQuery>()
        .AddMutationType<GuardedMutation>()
        .AddServices(new TestServices(calls))
        .ModifyOptions(o => o.GlobalIdSerializer = new Conventions.PlainGlobalIds())
        .AddMutationConventions()
        .Create();

    public static ClaimsPrincipal Anonymous() => new(new ClaimsIdentity());

    /// <summary>An authenticated user (the identity has an authentication type) in the given roles.</summary>
    public static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));

    public static async Task<string> RunAsync(ResolverCalls calls, ClaimsPrincipal? user, string query, string? variablesJson = null, IServiceProvider? services = null)
    {
        var executor = new RequestExecutor(Create(calls));
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = ExecutionHarness.Variables(variablesJson),
            Services = services ?? new TestServices(calls),
            ContextData = user is null ? null : new Dictionary<string, object?> { [AuthorizationContextKeys.User] = user },
        });
        return ((ExecutionResult)result).ToJson();
    }
}
