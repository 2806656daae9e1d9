using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeApi.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>A real Kestrel server on 127.0.0.1 (free port) serving <c>MapGraphQL("/graphql")</c>.</summary>
internal sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private GraphQLTestServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>The GraphQL endpoint's absolute URL.</summary>
    public Uri GraphQLUrl => new(Address, "graphql");

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<GraphQLTestServer> StartAsync(
        Action<IServiceCollection> services,
        Action<GraphQLServerOptions>? options = null,
        string environment = "Production",
        Action<WebApplication>? beforeMap = null,
        ILoggerProvider? logs = null,
        Action<IEndpointConventionBuilder>? afterMap = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = environment,
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        services(builder.Services);
        var app = builder.Build();
        beforeMap?.Invoke(app);
        var endpoints = app.MapGraphQL("/graphql", options);
        afterMap?.Invoke(endpoints);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        return new GraphQLTestServer(app, new Uri(addresses.Addresses.Single().TrimEnd('/') + "/"));
    }

    /// <summary>POSTs a body as is, with the given content type (none when null) and Accept header.</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? contentType = "application/json", string? accept = null, string path = "graphql")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>POSTs a GraphQL request built from its parts.</summary>
    public Task<HttpResponseMessage> PostQueryAsync(string query, object? variables = null, string? operationName = null, string? accept = null) =>
        PostAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept: accept);

    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>GET /graphql with the GraphQL parameters URL-encoded.</summary>
    public Task<HttpResponseMessage> GetQueryAsync(string query, object? variables = null, string? operationName = null, string? accept = null)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null)
        {
            parameters.Add("variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        }

        if (operationName is not null)
        {
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        }

        return GetAsync("graphql?" + string.Join('&', parameters), accept);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>A response read once: status, media type and JSON body.</summary>
internal sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, string? Charset, JsonElement Body, string Text)
{
    public static async Task<GraphQLHttpResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var type = response.Content.Headers.ContentType;
            var body = text.Length > 0 && type?.MediaType is not null && type.MediaType.EndsWith("json", StringComparison.Ordinal)
                ? JsonDocument.Parse(text).RootElement.Clone()
                : default;
            return new GraphQLHttpResponse(response.StatusCode, type?.MediaType, type?.CharSet, body, text);
        }
    }

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? FirstErrorCode =>
        FirstError.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);
}

internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static MediaTypeWithQualityHeaderValue Parse(string value) => MediaTypeWithQualityHeaderValue.Parse(value);
}
