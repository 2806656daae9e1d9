using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Limits;

/// <summary>A real ASP.NET Core authentication scheme that accepts <c>Authorization: Bearer key-one|key-two</c> and nothing else.</summary>
internal sealed class TestApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestApiKey";

    private static readonly HashSet<string> Keys = new(["key-one", "key-two"], StringComparer.Ordinal);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = header["Bearer ".Length..];
        if (!Keys.Contains(key))
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
