using System.Reflection;
using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// The base of attributes that configure a field while the schema is built (<c>[UsePaging]</c>,
/// <c>[UseFiltering]</c>...): they may add arguments, change the type and add middleware. Several
/// such attributes on one member are applied in the order they are written, which the compiler
/// tells us through <see cref="CallerLineNumberAttribute"/> (reflection does not promise an order).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public abstract class ObjectFieldDescriptorAttribute : Attribute
{
    protected ObjectFieldDescriptorAttribute([CallerLineNumber] int order = 0) => Order = order;

    /// <summary>The position of the attribute in the source; lower runs first, so its middleware is outermost.</summary>
    public int Order { get; }

    /// <summary>Configures the field inferred from <paramref name="member"/>.</summary>
    protected abstract void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member);

    internal void Apply(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member) =>
        OnConfigure(context, descriptor, member);
}

/// <summary>What descriptor attributes and conventions may consult while the schema is built.</summary>
public interface IDescriptorContext
{
    /// <summary>The application's services given to the schema builder (empty when none were).</summary>
    IServiceProvider Services { get; }

    SchemaOptions Options { get; }

    /// <summary>
    /// State shared by everything that configures one schema build, e.g. a cache of the filter
    /// input types <c>[UseFiltering]</c> created, so two fields over one entity share one type.
    /// </summary>
    IDictionary<string, object?> ContextData { get; }
}
