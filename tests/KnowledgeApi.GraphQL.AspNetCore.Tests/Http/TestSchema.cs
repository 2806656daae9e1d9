using KnowledgeApi.GraphQL.AspNetCore.Http;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// The small schema the HTTP tests serve through the real executor: books and authors (objects
/// with ids, for client caches), a mutation, an erroring and a null-violating field, and fields
/// that report what the transport handed to execution (HTTP context, request services, cancellation).
/// </summary>
internal static class TestSchema
{
    /// <summary>Registers the schema and its services the way a host would.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<CancellationProbe>();
        services.AddScoped<RequestScopeMarker>();
        services.AddGraphQLServer()
            .AddQueryType<TestQuery>()
            .AddMutationType<TestMutation>();
    }
}

public sealed class TestQuery
{
    public string Hello(string name = "world") => $"Hello, {name}!";

    public IReadOnlyList<Book> Books() => Library.Books;

    public Book? Book([ID] string id) => Library.Books.FirstOrDefault(book => book.Id == id);

    /// <summary>Fails inside the resolver: the response keeps the other fields (data plus an error).</summary>
    public string? Failing() => throw new InvalidOperationException("This field always fails.");

    /// <summary>Returns null for a non-null field: the null propagates to data itself.</summary>
    public string NonNull() => null!;

    /// <summary>A request header, read from the HttpContext the transport put into ContextData.</summary>
    public string? Header(string name, IResolverContext context) =>
        context.ContextData.TryGetValue(GraphQLHttpContextKeys.HttpContext, out var value) && value is HttpContext http
            ? http.Request.Headers[name].ToString()
            : null;

    /// <summary>True when the resolver's services are the HTTP request's scope.</summary>
    public bool UsesRequestServices(RequestScopeMarker marker, IResolverContext context) =>
        context.ContextData.TryGetValue(GraphQLHttpContextKeys.HttpContext, out var value)
        && value is HttpContext http
        && ReferenceEquals(marker, http.RequestServices.GetRequiredService<RequestScopeMarker>());

    /// <summary>Waits until the request is cancelled and reports that to the probe.</summary>
    public async Task<string> WaitForCancellation(CancellationProbe probe, CancellationToken cancellationToken)
    {
        probe.Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            probe.Cancelled.TrySetResult();
            throw;
        }

        return "never";
    }
}

public sealed class TestMutation
{
    public Book AddBook(string title) => new(Guid.NewGuid().ToString("N"), title, Library.Books[0].Author);
}

public sealed class Book(string id, string title, Author author)
{
    [ID]
    public string Id { get; } = id;

    public string Title { get; } = title;

    public Author Author { get; } = author;
}

public sealed class Author(string id, string name)
{
    [ID]
    public string Id { get; } = id;

    public string Name { get; } = name;
}

public sealed class RequestScopeMarker;

public sealed class CancellationProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal static class Library
{
    private static readonly Author Tolkien = new("a1", "J. R. R. Tolkien");
    private static readonly Author LeGuin = new("a2", "Ursula K. Le Guin");

    public static readonly IReadOnlyList<Book> Books =
    [
        new("1", "The Hobbit", Tolkien),
        new("2", "The Left Hand of Darkness", LeGuin),
        new("3", "The Lord of the Rings", Tolkien),
    ];
}
