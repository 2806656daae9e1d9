using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, mapping whatever the test asks for
/// (the IDE, and sometimes a stand-in for the GraphQL endpoint on the same path).
/// </summary>
internal sealed class IdeTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private IdeTestHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient Client { get; }

    public static async Task<IdeTestHost> StartAsync(Action<IEndpointRouteBuilder> map)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>() ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        return new IdeTestHost(app, new Uri(addresses.Addresses.Single().TrimEnd('/') + "/"));
    }

    /// <summary>A GET as a browser's address bar sends it.</summary>
    public Task<HttpResponseMessage> NavigateAsync(string path) => SendAsync(HttpMethod.Get, path, BrowserAccept);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Chromium's Accept header for a navigation.</summary>
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
