using KnowledgeApi.GraphQL.Authorization;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>Counts resolver runs: a refused field must never reach its resolver.</summary>
public sealed class ResolverCalls
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add() => Interlocked.Increment(ref count);
}

public sealed class GuardedQuery
{
    public string Hello => "hello";

    [Authorize]
    public string Secret([Service] ResolverCalls calls)
    {
        calls.Add();
        return "secret";
    }

    [Authorize(Roles = ["admin"])]
    public string AdminOnly() => "admin";

    [Authorize("NewsDesk")]
    public string NewsDeskOnly() => "news";

    [Authorize("Missing")]
    public string UnknownPolicy() => "never";
}

[Authorize(Roles = ["writer"])]
public sealed class GuardedMutation
{
    [Error<DuplicateTitleException>]
    public string Publish(string title, [Service] ResolverCalls calls, int priority = 1)
    {
        calls.Add();
        return title == "duplicate" ? throw new DuplicateTitleException() : $"{title}@{priority}";
    }
}

public sealed class DuplicateTitleException() : Exception("An article with this title exists.");

internal static class GuardedApi
{
    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ResolverCalls>();
        services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, _ => { });
        services.AddAuthorizationBuilder().AddPolicy("NewsDesk", policy => policy.RequireClaim("department", "news"));
        services.AddGraphQLServer()
            .AddQueryType<GuardedQuery>()
            .AddMutationType<GuardedMutation>()
            .AddMutationConventions()
            .AddAuthorization();
    }

    public static void UseAuthentication(WebApplication app) => app.UseAuthentication();
}
