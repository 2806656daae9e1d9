using System.Buffers;
using System.Text;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution.Coercion;
using KnowledgeApi.GraphQL.Execution.Persisted;
using KnowledgeApi.GraphQL.Execution.Planning;
using KnowledgeApi.GraphQL.Execution.Processing;
using KnowledgeApi.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// Runs requests through the stages in order (see <c>Execution/README.md</c>): document cache →
/// parse → validate → select operation → coerce variables → execute. A stage that refuses the
/// request ends it with a request error (no <c>data</c>); nothing a client sends makes it throw.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly Pipeline.DocumentCache cache;
    private readonly IServiceProvider rootServices;
    private readonly PersistedOperationStage persistedOperations;
    private readonly Analysis.OperationAnalysisStage analysis;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null, IServiceProvider? services = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? new RequestExecutorOptions();
        rootServices = services ?? EmptyServiceProvider.Instance;
        cache = new Pipeline.DocumentCache(Options.DocumentCacheSize);
        persistedOperations = new PersistedOperationStage(Options.PersistedOperations, rootServices);
        analysis = new Analysis.OperationAnalysisStage(rootServices);
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    /// <summary>How many documents the cache holds (for tests and diagnostics).</summary>
    public int CachedDocumentCount => cache.Count;

    public async Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (persistedOperations.IsPassThrough)
        {
            return await ExecuteDocumentAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Stage 0: persisted operations — the stored document for an id or APQ hash, only-persisted mode.
        var persisted = await persistedOperations.ResolveAsync(request, cancellationToken).ConfigureAwait(false);
        if (persisted.Refused is { } refusedByStore)
        {
            return refusedByStore;
        }

        var answer = await ExecuteDocumentAsync(persisted.Request!, cancellationToken).ConfigureAwait(false);
        return persisted.ResponseExtensions is { } added && answer is ExecutionResult executed
            ? executed.WithAddedExtensions(added)
            : answer;
    }

    private async Task<IExecutionResult> ExecuteDocumentAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            return request.DocumentId is not null
                ? ExecutionResult.FromRequestError(RequestErrorKind.PersistedDocumentNotFound, new GraphQLError("PersistedQueryNotFound").WithCode("HC0020"))
                : ExecutionResult.FromRequestError(RequestErrorKind.InvalidRequest, new GraphQLError("Either the parameter query or the parameter id has to be set.").WithCode("HC0013"));
        }

        // Stages 1–3: cached document, or parse and validate it now.
        var document = GetDocument(request.Query, out var refused);
        if (document is null)
        {
            return refused!;
        }

        // Stage 4: the operation and its plan.
        var plan = Pipeline.OperationSelectionStage.Select(Schema, document, request.OperationName, request.AllowedOperations, out refused);
        if (plan is null)
        {
            return refused!;
        }

        // Stage 5: variables.
        var errors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, plan.Operation, request.Variables, errors);
        if (errors.Count > 0)
        {
            return ExecutionResult.FromRequestError(RequestErrorKind.InvalidRequest, errors);
        }

        // Stage 5½: execution depth and cost limits (Analysis/), which may answer alone; the cost report joins the result.
        if (analysis.Analyze(Schema, plan, variables, request, out var costReport) is { } analysed) return analysed;

        // Stage 6: execution.
        return Analysis.OperationAnalysisStage.AddReport(await ExecuteOperationAsync(plan, variables, request, cancellationToken).ConfigureAwait(false), costReport);
    }

    private Pipeline.CachedDocument? GetDocument(string query, out ExecutionResult? refused)
    {
        refused = null;
        var length = Encoding.UTF8.GetMaxByteCount(query.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var bytes = buffer.AsSpan(0, Encoding.UTF8.GetBytes(query, buffer));
            var hash = Pipeline.DocumentCache.Hash(bytes);
            if (!cache.TryGet(hash, out var cached))
            {
                var parsed = Pipeline.ParseDocumentStage.Parse(bytes, out refused);
                if (parsed is null)
                {
                    return null;
                }

                cached = new Pipeline.CachedDocument(parsed, Pipeline.ValidateDocumentStage.Validate(Schema, parsed));
                cache.Add(hash, cached);
            }

            refused = Pipeline.ValidateDocumentStage.ToRequestError(cached!.Validation);
            return refused is null ? cached : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<IExecutionResult> ExecuteOperationAsync(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.ExecutionTimeout > TimeSpan.Zero && Options.ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(Options.ExecutionTimeout);
        }

        var services = request.Services ?? rootServices;
        using var state = new ExecutionState(plan, variables, services, Options, request.ContextData, timeout.Token);
        try
        {
            var result = await new OperationExecutor(state).ExecuteAsync(CreateRootValue(plan.RootType, services)).ConfigureAwait(false);

            // Resolvers may have ended on the token themselves, so the loop finished; the request still timed out.
            return timeout.IsCancellationRequested ? result.WithError(CancellationError(cancellationToken)) : result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return ExecutionResult.FromExecution(null, [.. state.Errors, CancellationError(cancellationToken)]);
        }
    }

    private GraphQLError CancellationError(CancellationToken requestAborted) =>
        requestAborted.IsCancellationRequested
            ? new GraphQLError("The request was cancelled.").WithCode(ErrorCodes.RequestCancelled)
            : new GraphQLError($"The request exceeded the configured timeout of `{Options.ExecutionTimeout:c}`.").WithCode(ErrorCodes.Timeout);

    /// <summary>The parent of root fields: an instance of the root type's class, from the services or created with them.</summary>
    private static object? CreateRootValue(ObjectType rootType, IServiceProvider services)
    {
        var type = rootType.RuntimeType;
        if (type is null || type == typeof(object) || type.IsAbstract || type.IsInterface)
        {
            return null;
        }

        try
        {
            return ActivatorUtilities.GetServiceOrCreateInstance(services, type);
        }
        catch (InvalidOperationException)
        {
            // A root class that cannot be created has static or service-only resolvers; they need no instance.
            return null;
        }
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
