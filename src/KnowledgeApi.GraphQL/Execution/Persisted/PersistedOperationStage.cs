using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>
/// Stage 0, before the document cache: turns a request that names a stored document (<c>id</c>, or
/// an automatic persisted query's hash) into one that carries the document, registers documents
/// sent with an APQ hash, and enforces only-persisted mode. Requests without ids pass untouched.
/// </summary>
internal sealed class PersistedOperationStage
{
    private readonly PersistedOperationOptions options;
    private readonly IOperationDocumentStorage? storage;

    public PersistedOperationStage(PersistedOperationOptions options, IServiceProvider services)
    {
        this.options = options;
        storage = services.GetService<IOperationDocumentStorage>();
        if (options.Pipeline != PersistedOperationPipeline.None && storage is null)
        {
            throw new InvalidOperationException(
                "The persisted operation pipeline needs a document storage: call AddFileSystemOperationDocumentStorage(directory) or AddInMemoryOperationDocumentStorage().");
        }
    }

    /// <summary>True when nothing would ever change a request, so the executor can skip the stage.</summary>
    public bool IsPassThrough => options.Pipeline == PersistedOperationPipeline.None && !options.OnlyAllowPersistedDocuments;

    public async ValueTask<PersistedOperationOutcome> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        AutomaticPersistedQuery? automatic = null;
        if (options.Pipeline == PersistedOperationPipeline.Automatic)
        {
            automatic = AutomaticPersistedQuery.From(request.Extensions, out var invalid);
            if (invalid is not null)
            {
                return PersistedOperationOutcome.Refuse(PersistedOperationErrors.Invalid(invalid));
            }
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            return await ReadStoredAsync(request, request.DocumentId ?? automatic?.Hash, cancellationToken).ConfigureAwait(false);
        }

        // From here on the client sent the document itself.
        if (options.OnlyAllowPersistedDocuments)
        {
            return PersistedOperationOutcome.Refuse(PersistedOperationErrors.OnlyPersistedAllowed());
        }

        return automatic is null
            ? PersistedOperationOutcome.Continue(request)
            : await RegisterAsync(request, request.Query, automatic, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<PersistedOperationOutcome> ReadStoredAsync(GraphQLRequest request, string? id, CancellationToken cancellationToken)
    {
        // Without a pipeline (or without any id) the executor's own checks answer: HC0020 or HC0013.
        if (id is null || storage is null || options.Pipeline == PersistedOperationPipeline.None)
        {
            return PersistedOperationOutcome.Continue(request);
        }

        var document = await storage.TryReadAsync(id, cancellationToken).ConfigureAwait(false);
        return document is null
            ? PersistedOperationOutcome.Refuse(PersistedOperationErrors.NotFound())
            : PersistedOperationOutcome.Continue(request with { Query = document, DocumentId = id });
    }

    private async ValueTask<PersistedOperationOutcome> RegisterAsync(
        GraphQLRequest request, string query, AutomaticPersistedQuery automatic, CancellationToken cancellationToken)
    {
        if (!automatic.Matches(query))
        {
            return PersistedOperationOutcome.Refuse(PersistedOperationErrors.HashMismatch(automatic));
        }

        // A stored document is never replaced (no disk write per request, and no hash collision can swap
        // what other clients run). A storage that cannot write (a read-only folder) still lets the query run;
        // the client learns it was not kept.
        var persisted = true;
        try
        {
            if (await storage!.TryReadAsync(automatic.Hash, cancellationToken).ConfigureAwait(false) is null)
            {
                await storage.SaveAsync(automatic.Hash, query, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            persisted = false;
        }

        return PersistedOperationOutcome.Continue(request with { DocumentId = automatic.Hash }, automatic.Persisted(persisted));
    }
}

/// <summary>The stage's verdict: the request to run (and response extensions to add to its result), or a request error.</summary>
internal readonly record struct PersistedOperationOutcome(GraphQLRequest? Request, ExecutionResult? Refused, IReadOnlyDictionary<string, object?>? ResponseExtensions)
{
    public static PersistedOperationOutcome Continue(GraphQLRequest request, IReadOnlyDictionary<string, object?>? extensions = null) => new(request, null, extensions);

    public static PersistedOperationOutcome Refuse(ExecutionResult refused) => new(null, refused, null);
}
