using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>
/// One validation rule: a visitor with empty hooks, of which a rule overrides the few it needs.
/// The <see cref="ValidationWalker"/> calls every rule's hooks during its single pass, after it
/// has updated the type information in the <see cref="ValidationContext"/> (as graphql-js's
/// <c>TypeInfo</c> does), so a hook may ask the context which type or field it is inside.
/// A rule instance serves one validation only and may keep state in fields.
/// </summary>
internal abstract class ValidationRule
{
    public virtual void EnterDocument(ValidationContext context, DocumentNode node)
    {
    }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode node)
    {
    }

    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
    }

    public virtual void EnterField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void LeaveField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
    }

    public virtual void EnterDirective(ValidationContext context, DirectiveNode node)
    {
    }

    public virtual void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
    }

    public virtual void EnterArgument(ValidationContext context, ArgumentNode node)
    {
    }

    /// <summary>Any value literal, variables included; list values after their item type was entered.</summary>
    public virtual void EnterValue(ValidationContext context, IValueNode node)
    {
    }

    public virtual void LeaveValue(ValidationContext context, IValueNode node)
    {
    }

    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
    }

    /// <summary>A type named in a variable definition, a type condition or a fragment definition.</summary>
    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
    }
}
