using System.Collections;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution.Coercion;
using KnowledgeApi.GraphQL.Execution.Planning;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Processing;

/// <summary>
/// Executes one operation (§6.3–6.4) with a work loop, as Hot Chocolate does:
/// <list type="bullet">
/// <item>a field whose pipeline completes synchronously is completed at once, depth first, so pure
/// resolvers (properties, introspection) cost a call, not a task;</item>
/// <item>an asynchronous field registers a continuation that queues its completion for the loop;
/// sibling fields are therefore all started before any is awaited (they run concurrently), and
/// every result node and error is written by the loop alone;</item>
/// <item>when nothing is runnable and resolvers are still waiting, the loop runs the DataLoader
/// dispatches queued on the <see cref="IBatchScheduler"/>, one per loader per wave;</item>
/// <item>mutation root fields run one after another: the loop drains before the next starts.</item>
/// </list>
/// Completion follows CompleteValue: non-null checks (<c>HC0018</c>), lists, leaves through their
/// type's <c>Serialize</c>, abstract types resolved to an object type, and null propagation to the
/// nearest nullable slot through the result nodes' parent links.
/// </summary>
internal sealed class OperationExecutor(ExecutionState state)
{
    private const string UnexpectedError = "Unexpected Execution Error";

    // Only the work loop reads or writes this, so it needs no synchronisation.
    private int dispatchesInFlight;

    public Task<ExecutionResult> ExecuteAsync(object? rootValue) =>
        // Resolvers must resume where the work loop can see them at once, not be posted to a
        // caller's SynchronizationContext (a UI thread, a test runner's): a posted continuation
        // arrives late, the loop takes the wave for finished, and DataLoader batches get split.
        SynchronizationContext.Current is null
            ? ExecuteCoreAsync(rootValue)
            : Task.Run(() => ExecuteCoreAsync(rootValue));

    private async Task<ExecutionResult> ExecuteCoreAsync(object? rootValue)
    {
        var rootSelections = state.Plan.GetRootSelections(state.Variables);
        var data = new ResultObject(rootSelections.ResponseNames, null, 0, false);
        var serial = state.Plan.Operation.Operation == OperationType.Mutation;
        for (var i = 0; i < rootSelections.Selections.Length; i++)
        {
            ExecuteField(data, i, rootSelections.Selections[i], state.Plan.RootType, rootValue, ResponsePath.Root);
            if (serial)
            {
                // A mutation field and everything beneath it finish before the next one starts.
                await RunUntilIdleAsync().ConfigureAwait(false);
            }
        }

        await RunUntilIdleAsync().ConfigureAwait(false);
        return ExecutionResult.FromExecution(state.DataIsNull ? null : data, state.Errors);
    }

    private async Task RunUntilIdleAsync()
    {
        while (true)
        {
            while (state.TryDequeue(out var item))
            {
                item!();
            }

            if (state.BatchScheduler.TryTakeNested(out var inner))
            {
                StartDispatch(inner!);
                continue;
            }

            // A dispatch still running will resume resolvers whose keys belong to the same next
            // wave, so new batches wait for it; otherwise one wave's keys would be split in two.
            if (dispatchesInFlight == 0 && state.BatchScheduler.TryTake(out var dispatch))
            {
                // Every runnable piece of work ran and the rest waits: the wave's batches go out now.
                do
                {
                    StartDispatch(dispatch!);
                }
                while (state.BatchScheduler.TryTake(out dispatch));

                continue;
            }

            if (state.Pending == 0)
            {
                return;
            }

            await state.WaitForWorkAsync().ConfigureAwait(false);
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2012", Justification = "The ValueTask is consumed exactly once, through its awaiter, after IsCompleted or OnCompleted says it finished.")]
    private void StartDispatch(Func<CancellationToken, ValueTask> dispatch)
    {
        ValueTask task;
        try
        {
            task = state.BatchScheduler.Run(dispatch, state.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failing dispatch fails its loader's keys; the fields waiting on them report it.
            return;
        }

        var awaiter = task.GetAwaiter();
        if (awaiter.IsCompleted)
        {
            ObserveDispatch(awaiter);
            return;
        }

        state.Pending++;
        dispatchesInFlight++;
        awaiter.UnsafeOnCompleted(() => state.Enqueue(() =>
        {
            state.Pending--;
            dispatchesInFlight--;
            ObserveDispatch(awaiter);
        }));
    }

    private static void ObserveDispatch(ValueTaskAwaiter awaiter)
    {
        try
        {
            // Only called once the awaiter reported completion.
            awaiter.GetResult();
        }
        catch (Exception)
        {
            // Observed so it is not rethrown on the finalizer thread; the loader faulted its own promises.
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2012", Justification = "The ValueTask is consumed exactly once, through its awaiter, after IsCompleted or OnCompleted says it finished.")]
    private void ExecuteField(ResultObject result, int index, Selection selection, ObjectType objectType, object? parent, ResponsePath parentPath)
    {
        if (selection.Kind == SelectionKind.TypeName)
        {
            result.Values[index] = objectType.Name;
            return;
        }

        if (selection.Kind == SelectionKind.Introspection && !(state.Options.EnableIntrospection && state.Schema.Options.EnableIntrospection))
        {
            var error = new GraphQLError("Introspection is not allowed for the current request.")
                .WithCode(ErrorCodes.IntrospectionNotAllowed)
                .WithExtension("field", selection.Field.Name);
            ReportFieldError(result, index, selection, parentPath.Append(selection.ResponseName), error);
            return;
        }

        var context = new ResolverContext(state, selection, objectType, parent, parentPath);
        ValueTask task;
        try
        {
            state.RequestAborted.ThrowIfCancellationRequested();
            if (selection.Field.AuthorizeDirectives.Count > 0)
            {
                // Authorization comes first: a refused field must not reveal argument errors.
                task = AuthorizeThenResolveAsync(context, selection);
            }
            else
            {
                context.Arguments = GetArguments(selection);
                task = selection.Field.Pipeline(context);
            }
        }
        catch (Exception e)
        {
            ReportFieldError(result, index, selection, context.Path, ToError(e));
            return;
        }

        var awaiter = task.GetAwaiter();
        if (awaiter.IsCompleted)
        {
            CompleteField(awaiter, context, result, index, selection);
            return;
        }

        state.Pending++;
        awaiter.UnsafeOnCompleted(() => state.Enqueue(() =>
        {
            state.Pending--;
            CompleteField(awaiter, context, result, index, selection);
        }));
    }

    private async ValueTask AuthorizeThenResolveAsync(ResolverContext context, Selection selection)
    {
        await Authorization.FieldAuthorization.AuthorizeAsync(context, selection.Field.AuthorizeDirectives).ConfigureAwait(false);
        context.Arguments = GetArguments(selection);
        await selection.Field.Pipeline(context).ConfigureAwait(false);
    }

    private void CompleteField(ValueTaskAwaiter awaiter, ResolverContext context, ResultObject result, int index, Selection selection)
    {
        try
        {
            // Only called once the awaiter reported completion; rethrows the pipeline's exception.
            awaiter.GetResult();
        }
        catch (Exception e)
        {
            ReportFieldError(result, index, selection, context.Path, ToError(e));
            return;
        }

        // Fast path for the most common field: a leaf value, which needs no path unless it fails.
        var value = context.Result;
        if (value is not null)
        {
            var type = selection.Field.Type is NonNullType nonNull ? nonNull.InnerType : selection.Field.Type;
            try
            {
                switch (type)
                {
                    case ScalarType scalar:
                        result.Values[index] = scalar.Serialize(value);
                        return;
                    case EnumType enumType:
                        result.Values[index] = enumType.Serialize(value);
                        return;
                }
            }
            catch (Exception e)
            {
                ReportFieldError(result, index, selection, context.Path, ToError(e));
                return;
            }
        }

        CompleteValue(selection.Field.Type, value, result, index, context.Path, selection);
    }

    private IReadOnlyDictionary<string, object?> GetArguments(Selection selection)
    {
        if (selection.ArgumentsAreConstant)
        {
            if (selection.CachedArguments is { } cached)
            {
                return cached;
            }

            var arguments = ArgumentCoercion.Coerce(selection.Field.Arguments, selection.SyntaxNode, state.Variables);
            selection.CacheArguments(arguments);
            return arguments;
        }

        return ArgumentCoercion.Coerce(selection.Field.Arguments, selection.SyntaxNode, state.Variables);
    }

    /// <summary>CompleteValue for one slot: writes the value, or nulls the slot (and propagates) after reporting why.</summary>
    private void CompleteValue(IType type, object? value, ResultNode node, int index, ResponsePath path, Selection selection)
    {
        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            nonNull = true;
            type = nonNullType.InnerType;
            if (value is null)
            {
                var error = new GraphQLError("Cannot return null for non-nullable field.").WithCode(ErrorCodes.NonNullViolation);
                ReportFieldError(node, index, selection, path, error, nonNull: true);
                return;
            }
        }

        if (value is null)
        {
            node.Values[index] = null;
            return;
        }

        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    node.Values[index] = scalar.Serialize(value);
                    break;
                case EnumType enumType:
                    node.Values[index] = enumType.Serialize(value);
                    break;
                case ListType list:
                    CompleteList(list, value, node, index, nonNull, path, selection);
                    break;
                case ObjectType objectType:
                    ExecuteSelectionSet(objectType, value, node, index, nonNull, path, selection);
                    break;
                case IAbstractType abstractType:
                    ExecuteSelectionSet(ResolveObjectType(abstractType, value, selection), value, node, index, nonNull, path, selection);
                    break;
                default:
                    throw new GraphQLException($"The type {type.Print()} cannot be an output type.");
            }
        }
        catch (Exception e)
        {
            ReportFieldError(node, index, selection, path, ToError(e), nonNull);
        }
    }

    private void CompleteList(ListType list, object value, ResultNode node, int index, bool nonNull, ResponsePath path, Selection selection)
    {
        if (value is string || value is not IEnumerable sequence)
        {
            throw new GraphQLException($"The field `{selection.Field.Coordinate}` should return a list, but its resolver returned {value.GetType().Name}.");
        }

        var items = sequence as IList ?? sequence.Cast<object?>().ToList();
        var result = new ResultList(items.Count, node, index, nonNull);
        node.Values[index] = result;
        var elementType = list.ElementType;
        for (var i = 0; i < items.Count && !result.IsNulled; i++)
        {
            CompleteValue(elementType, items[i], result, i, path.Append(i), selection);
        }
    }

    private void ExecuteSelectionSet(ObjectType objectType, object value, ResultNode node, int index, bool nonNull, ResponsePath path, Selection selection)
    {
        // Nesting is bounded by the parser's depth limit; this guards the stack on top of that.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var selections = state.Plan.GetChildSelections(selection, objectType, state.Variables);
        var result = new ResultObject(selections.ResponseNames, node, index, nonNull);
        node.Values[index] = result;
        for (var i = 0; i < selections.Selections.Length && !result.IsNulled; i++)
        {
            ExecuteField(result, i, selections.Selections[i], objectType, value, path);
        }
    }

    private ObjectType ResolveObjectType(IAbstractType abstractType, object value, Selection selection)
    {
        var objectType = abstractType.ResolveConcreteType(value) ?? state.Schema.GetObjectTypeForRuntimeType(value.GetType());
        return objectType is not null && state.Schema.IsPossibleType(abstractType, objectType)
            ? objectType
            : throw new GraphQLException(
                $"The value of the field `{selection.Field.Coordinate}` ({value.GetType().Name}) does not belong to any object type of `{abstractType.Name}`.");
    }

    private void ReportFieldError(ResultNode node, int index, Selection selection, ResponsePath path, GraphQLError error, bool? nonNull = null)
    {
        if (error.Locations.Count == 0)
        {
            error = error.WithLocations(selection.SyntaxNode);
        }

        state.AddError(error with { Path = path.ToList() });
        if (node.SetNull(index, nonNull ?? selection.Field.Type is NonNullType))
        {
            state.DataIsNull = true;
        }
    }

    private GraphQLError ToError(Exception exception)
    {
        if (exception is GraphQLException graphQLException)
        {
            return graphQLException.Error;
        }

        if (exception is LeafCoercionException leaf)
        {
            return new GraphQLError(leaf.Message);
        }

        var error = new GraphQLError(UnexpectedError);
        if (state.Options.IncludeExceptionDetails)
        {
            error = error
                .WithExtension("message", exception.Message)
                .WithExtension("stackTrace", exception.StackTrace);
        }

        return error;
    }
}
