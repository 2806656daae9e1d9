using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>
/// Hot Chocolate's <c>[Authorize]</c>: the field (on a property or method) or every field of the type
/// (on a class) is resolved only for an authenticated user who is in one of <see cref="Roles"/> and
/// satisfies <see cref="Policy"/> (the default policy when neither is given). The check runs before
/// the field's arguments are coerced and before any of its middleware or its resolver.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuthorizeAttribute : ObjectFieldDescriptorAttribute
{
    public AuthorizeAttribute([CallerLineNumber] int order = 0)
        : base(order)
    {
    }

    public AuthorizeAttribute(string policy, [CallerLineNumber] int order = 0)
        : base(order) => Policy = policy;

    /// <summary>The name of the policy the user must satisfy.</summary>
    public string? Policy { get; set; }

    /// <summary>The user must be in at least one of these roles.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819", Justification = "Attribute arguments can only be arrays.")]
    public string[]? Roles { get; set; }

    internal AuthorizeDirective ToDirective() => new(Policy, Roles);

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member) =>
        descriptor.Authorize(Policy, Roles);
}
