namespace KnowledgeApi.Server.Tests.Resilience;

/// <summary>
/// The answer a bad request must get: its status and the shape of the GraphQL response (a request
/// error without <c>data</c>, a field error with <c>data</c>, or only a status from Kestrel for
/// bytes that are not HTTP), plus the first error's code. <see cref="Check"/> returns why an
/// outcome does not match, or null.
/// </summary>
internal sealed record Expectation(IReadOnlyList<int> Statuses, ResponseShape Shape, string? Code)
{
    /// <summary>A code that means "a validation error": HC gives those no code but a <c>specifiedBy</c> link.</summary>
    public const string Validation = "(validation)";

    /// <summary>
    /// A request error (no <c>data</c>). GraphQL over HTTP answers it 400 for
    /// application/graphql-response+json and 200 for the legacy application/json.
    /// </summary>
    public static Expectation Request(string? code, bool legacyJson = false) => new([legacyJson ? 200 : 400], ResponseShape.RequestError, code);

    /// <summary>Refused by the transport before GraphQL: the status is the same for every response type.</summary>
    public static Expectation Refused(int status, string? code) => new([status], ResponseShape.RequestError, code);

    /// <summary>Executed, with a field error (data present, often null) carrying <paramref name="code"/> (or none).</summary>
    public static Expectation FieldError(string? code) => new([200], ResponseShape.FieldError, code);

    /// <summary>Executed without errors.</summary>
    public static Expectation Data() => new([200], ResponseShape.Data, null);

    /// <summary>Not HTTP that reaches GraphQL: Kestrel answers one of these statuses itself.</summary>
    public static Expectation Kestrel(params int[] statuses) => new(statuses, ResponseShape.Any, null);

    /// <summary>
    /// The client closed its side before the request was complete: Kestrel takes that as the client
    /// leaving (the request ends as 499) and closes too, or answers 400.
    /// </summary>
    public static Expectation ClientClosed() => new([400], ResponseShape.ClientClosed, null);

    /// <summary>Executed: data present, with or without field errors.</summary>
    public static Expectation Executed() => new([200], ResponseShape.Executed, null);

    /// <summary>
    /// Any well-formed GraphQL answer: 400 without data, or 200 with data (with the legacy
    /// application/json, also 200 with request errors and no data).
    /// </summary>
    public static Expectation AnyGraphQLAnswer(bool legacyJson) => new([200, 400], legacyJson ? ResponseShape.ConsistentLegacy : ResponseShape.Consistent, null);

    public string Label => $"{string.Join('/', Statuses)} {Shape switch
    {
        ResponseShape.RequestError => Code ?? "no code",
        ResponseShape.FieldError => "field " + (Code ?? "error"),
        ResponseShape.Data => "data",
        ResponseShape.Executed => "data",
        ResponseShape.ClientClosed => "or closed",
        ResponseShape.Consistent or ResponseShape.ConsistentLegacy => "data|errors",
        _ => "kestrel",
    }}";

    public string? Check(BadInputOutcome outcome)
    {
        if (outcome.Failure is not null)
        {
            return Shape == ResponseShape.ClientClosed ? null : outcome.Failure;
        }

        // Only a status Kestrel itself must give (505 for an HTTP version it does not speak) may be 5xx.
        if (outcome.Status is >= 500 && !Statuses.Contains(outcome.Status.Value))
        {
            return "a server error";
        }

        if (!Statuses.Contains(outcome.Status!.Value))
        {
            return $"status {outcome.Status}, expected {string.Join(" or ", Statuses)}";
        }

        return Shape switch
        {
            ResponseShape.Any => null,
            ResponseShape.Data => outcome.HasData && !outcome.HasErrors ? null : "expected data without errors",
            ResponseShape.Consistent when outcome.Status == 400 => outcome.HasErrors && !outcome.HasData ? null : "a 400 must carry errors and no data",
            ResponseShape.Consistent => outcome.HasData ? null : "a 200 must carry data",
            ResponseShape.ConsistentLegacy => outcome.HasData || outcome.HasErrors ? null : "a 200 must carry data or errors",
            ResponseShape.Executed => outcome.HasData ? null : "expected data",
            ResponseShape.RequestError when !outcome.HasErrors || outcome.HasData => "expected a request error: errors and no data",
            ResponseShape.FieldError when !outcome.HasErrors || !outcome.HasData => "expected a field error: errors and data",
            _ => CheckCode(outcome),
        };
    }

    private string? CheckCode(BadInputOutcome outcome)
    {
        if (Code == Validation)
        {
            return outcome.FirstExtension("specifiedBy") is not null && outcome.FirstCode is null ? null : "expected a validation error (specifiedBy, no code)";
        }

        return outcome.FirstCode == Code ? null : $"code {outcome.FirstCode ?? "none"}, expected {Code ?? "none"}";
    }
}

internal enum ResponseShape
{
    /// <summary>Errors and no <c>data</c> key.</summary>
    RequestError,

    /// <summary>Errors and a <c>data</c> key.</summary>
    FieldError,

    /// <summary>Data without errors.</summary>
    Data,

    /// <summary>Data, with or without errors.</summary>
    Executed,

    /// <summary>400 with errors and no data, or 200 with data.</summary>
    Consistent,

    /// <summary>As <see cref="Consistent"/>, or 200 with errors and no data (legacy application/json).</summary>
    ConsistentLegacy,

    /// <summary>Any body; only the status counts.</summary>
    Any,

    /// <summary>As <see cref="Any"/>, or the connection closed after the client closed its side.</summary>
    ClientClosed,
}
