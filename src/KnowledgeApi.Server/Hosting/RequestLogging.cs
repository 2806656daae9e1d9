using System.Diagnostics;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.Hosting;

/// <summary>
/// Logs one structured line per GraphQL request: operation name, duration and error count, so a
/// slow or failing operation can be found in the logs by name. It wraps the executor rather than
/// the HTTP endpoint, so every transport is covered.
/// </summary>
internal static partial class RequestLogging
{
    public static IServiceCollection AddRequestLogging(this IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IRequestExecutor) && d.ImplementationFactory is not null)
            ?? throw new InvalidOperationException("Register the GraphQL executor (AddGraphQL) before request logging.");
        services.Remove(original);
        services.AddSingleton<IRequestExecutor>(provider => new LoggingRequestExecutor(
            (IRequestExecutor)original.ImplementationFactory!(provider),
            provider.GetRequiredService<ILogger<LoggingRequestExecutor>>()));
        return services;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {OperationName} answered in {ElapsedMilliseconds:0.0} ms with {ErrorCount} errors ({RequestError})")]
    private static partial void Answered(ILogger logger, string operationName, double elapsedMilliseconds, int errorCount, RequestErrorKind requestError);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "GraphQL {OperationName} failed after {ElapsedMilliseconds:0.0} ms")]
    private static partial void Failed(ILogger logger, Exception exception, string operationName, double elapsedMilliseconds);

    internal sealed class LoggingRequestExecutor(IRequestExecutor inner, ILogger<LoggingRequestExecutor> logger) : IRequestExecutor
    {
        public Schema Schema => inner.Schema;

        public async Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            var started = Stopwatch.GetTimestamp();
            var name = request.OperationName ?? "(unnamed)";
            try
            {
                var result = await inner.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
                Answered(logger, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Errors.Count, result.RequestError);
                return result;
            }
            catch (Exception exception)
            {
                Failed(logger, exception, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                throw;
            }
        }
    }
}
