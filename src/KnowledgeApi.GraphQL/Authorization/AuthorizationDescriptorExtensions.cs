using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>The fluent form of <see cref="AuthorizeAttribute"/>: <c>descriptor.Field("x").Authorize("Editor")</c>.</summary>
public static class AuthorizationDescriptorExtensions
{
    /// <summary>Requires an authenticated user who is in one of <paramref name="roles"/> and satisfies <paramref name="policy"/>.</summary>
    public static IObjectFieldDescriptor Authorize(this IObjectFieldDescriptor descriptor, string? policy = null, IReadOnlyList<string>? roles = null)
    {
        var field = descriptor as ObjectFieldDescriptor
            ?? throw new ArgumentException("Only the engine's field descriptors can carry authorization.", nameof(descriptor));
        field.Definition.AuthorizeDirectives.Add(new AuthorizeDirective(policy, roles));
        return descriptor;
    }

    /// <summary>The same requirement on every field of the type.</summary>
    public static IObjectTypeDescriptor Authorize(this IObjectTypeDescriptor descriptor, string? policy = null, IReadOnlyList<string>? roles = null)
    {
        var type = descriptor as ComplexTypeDescriptor
            ?? throw new ArgumentException("Only the engine's type descriptors can carry authorization.", nameof(descriptor));
        type.Definition.AuthorizeDirectives.Add(new AuthorizeDirective(policy, roles));
        return descriptor;
    }
}
