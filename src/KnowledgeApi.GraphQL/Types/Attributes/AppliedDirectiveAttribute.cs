namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// The base of attributes that apply a directive to what they decorate (<c>[Cost("10")]</c> on a
/// property, method, parameter, class or enum): the schema builder reads them from fields, arguments,
/// input fields and type classes, and the schema gains the directive's definition.
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter,
    AllowMultiple = false)]
public abstract class AppliedDirectiveAttribute : Attribute
{
    /// <summary>The directive as the member carries it in the schema.</summary>
    public abstract IAppliedDirective CreateDirective();
}
