using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>
/// The single pass over a document: visits every operation and fragment definition once, in
/// document order, keeping the context's type information current (graphql-js's TypeInfo) and
/// calling each rule's hooks. Fragment spreads are not followed; rules that need what a spread
/// reaches use the context's cached facts. Nesting is bounded by the parser's depth limit, so
/// the recursion here cannot overflow the stack.
/// </summary>
internal sealed class ValidationWalker(ValidationContext context, ValidationRule[] rules)
{
    public void Walk(DocumentNode document)
    {
        foreach (var rule in rules)
        {
            rule.EnterDocument(context, document);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    VisitOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    VisitFragmentDefinition(fragment);
                    break;
            }
        }

        foreach (var rule in rules)
        {
            rule.LeaveDocument(context, document);
        }
    }

    private void VisitOperation(OperationDefinitionNode node)
    {
        context.Definition = node;
        context.Type = context.GetRootType(node.Operation);
        foreach (var rule in rules)
        {
            rule.EnterOperation(context, node);
        }

        foreach (var variable in node.VariableDefinitions)
        {
            VisitVariableDefinition(variable);
        }

        VisitDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        VisitSelectionSet(node.SelectionSet);
        foreach (var rule in rules)
        {
            rule.LeaveOperation(context, node);
        }

        context.Type = null;
        context.Definition = null;
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        context.Definition = node;
        var type = context.Schema.TryGetType(node.TypeCondition.Name.Value, out var named) ? named : null;
        context.Type = type is not null && type.IsOutputType() ? type : null;
        foreach (var rule in rules)
        {
            rule.EnterFragmentDefinition(context, node);
        }

        VisitNamedType(node.TypeCondition);
        VisitDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        VisitSelectionSet(node.SelectionSet);
        context.Type = null;
        context.Definition = null;
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        var inputType = TypeRelations.TypeFromAst(context.Schema, node.Type);
        context.InputType = inputType is not null && inputType.IsInputType() ? inputType : null;
        foreach (var rule in rules)
        {
            rule.EnterVariableDefinition(context, node);
        }

        VisitNamedType(TypeRelations.NamedTypeNode(node.Type));

        // Default values are constants; they are checked against the variable's own type.
        var definition = context.Definition;
        context.Definition = null;
        if (node.DefaultValue is { } defaultValue)
        {
            VisitValue(defaultValue);
        }

        VisitDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        context.Definition = definition;
        context.InputType = null;
    }

    private void VisitNamedType(NamedTypeNode node)
    {
        foreach (var rule in rules)
        {
            rule.EnterNamedType(context, node);
        }
    }

    private void VisitSelectionSet(SelectionSetNode node)
    {
        var outerParent = context.ParentType;
        var named = context.Type?.NamedType();
        context.ParentType = named.IsCompositeType() ? named : null;
        foreach (var rule in rules)
        {
            rule.EnterSelectionSet(context, node);
        }

        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    VisitField(field);
                    break;
                case FragmentSpreadNode spread:
                    VisitFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    VisitInlineFragment(inline);
                    break;
            }
        }

        context.ParentType = outerParent;
    }

    private void VisitField(FieldNode node)
    {
        var outerType = context.Type;
        var outerField = context.FieldDefinition;
        var field = context.GetFieldDefinition(context.ParentType, node.Name.Value);
        context.FieldDefinition = field;
        context.Type = field?.Type;
        foreach (var rule in rules)
        {
            rule.EnterField(context, node);
        }

        VisitArguments(node.Arguments, field?.Arguments);
        VisitDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            VisitSelectionSet(selectionSet);
        }

        foreach (var rule in rules)
        {
            rule.LeaveField(context, node);
        }

        context.FieldDefinition = outerField;
        context.Type = outerType;
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var rule in rules)
        {
            rule.EnterFragmentSpread(context, node);
        }

        VisitDirectives(node.Directives, DirectiveLocation.FragmentSpread);
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        var outerType = context.Type;
        if (node.TypeCondition is { } condition)
        {
            var type = context.Schema.TryGetType(condition.Name.Value, out var named) ? named : null;
            context.Type = type is not null && type.IsOutputType() ? type : null;
        }
        else
        {
            var named = outerType?.NamedType();
            context.Type = named is not null && named.IsOutputType() ? named : null;
        }

        foreach (var rule in rules)
        {
            rule.EnterInlineFragment(context, node);
        }

        if (node.TypeCondition is { } typeCondition)
        {
            VisitNamedType(typeCondition);
        }

        VisitDirectives(node.Directives, DirectiveLocation.InlineFragment);
        VisitSelectionSet(node.SelectionSet);
        context.Type = outerType;
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        foreach (var node in directives)
        {
            context.DirectiveLocation = location;
            var directive = context.Schema.TryGetDirective(node.Name.Value, out var found) ? found : null;
            context.Directive = directive;
            foreach (var rule in rules)
            {
                rule.EnterDirective(context, node);
            }

            VisitArguments(node.Arguments, directive?.Arguments);
            foreach (var rule in rules)
            {
                rule.LeaveDirective(context, node);
            }

            context.Directive = null;
        }
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments, FieldCollection<InputValue>? definitions)
    {
        foreach (var node in arguments)
        {
            var argument = definitions is not null && definitions.TryGetField(node.Name.Value, out var found) ? found : null;
            var outerInput = context.InputType;
            var outerParentInput = context.ParentInputType;
            var outerDefault = context.HasDefaultValue;
            context.Argument = argument;
            context.HasDefaultValue = argument?.DefaultValue is not null;
            context.ParentInputType = outerInput;
            context.InputType = argument is not null && argument.Type.IsInputType() ? argument.Type : null;
            foreach (var rule in rules)
            {
                rule.EnterArgument(context, node);
            }

            VisitValue(node.Value);
            context.Argument = null;
            context.InputType = outerInput;
            context.ParentInputType = outerParentInput;
            context.HasDefaultValue = outerDefault;
        }
    }

    private void VisitValue(IValueNode node)
    {
        switch (node)
        {
            case ListValueNode list:
                VisitListValue(list);
                return;
            case ObjectValueNode objectValue:
                VisitObjectValue(objectValue);
                return;
            case VariableNode variable:
                context.AddVariableUsage(new VariableUsage(variable, context.InputType, context.HasDefaultValue, context.ParentInputType));
                break;
        }

        foreach (var rule in rules)
        {
            rule.EnterValue(context, node);
        }

        foreach (var rule in rules)
        {
            rule.LeaveValue(context, node);
        }
    }

    private void VisitListValue(ListValueNode node)
    {
        // As in graphql-js, the item type is entered before the rules see the list, so a rule
        // finds the list's own type in ParentInputType.
        var outerInput = context.InputType;
        var outerParentInput = context.ParentInputType;
        var outerDefault = context.HasDefaultValue;
        var listType = outerInput?.NullableType();
        var itemType = listType is ListType list ? list.ElementType : listType;
        context.ParentInputType = outerInput;
        context.InputType = itemType is not null && itemType.IsInputType() ? itemType : null;
        context.HasDefaultValue = false;
        foreach (var rule in rules)
        {
            rule.EnterValue(context, node);
        }

        foreach (var item in node.Items)
        {
            VisitValue(item);
        }

        foreach (var rule in rules)
        {
            rule.LeaveValue(context, node);
        }

        context.InputType = outerInput;
        context.ParentInputType = outerParentInput;
        context.HasDefaultValue = outerDefault;
    }

    private void VisitObjectValue(ObjectValueNode node)
    {
        foreach (var rule in rules)
        {
            rule.EnterValue(context, node);
        }

        var objectType = context.InputType?.NamedType() as InputObjectType;
        foreach (var fieldNode in node.Fields)
        {
            var outerInput = context.InputType;
            var outerParentInput = context.ParentInputType;
            var outerDefault = context.HasDefaultValue;
            var field = objectType is not null && objectType.Fields.TryGetField(fieldNode.Name.Value, out var found) ? found : null;
            context.ParentInputType = outerInput;
            context.InputType = field is not null && field.Type.IsInputType() ? field.Type : null;
            context.HasDefaultValue = field?.DefaultValue is not null;
            foreach (var rule in rules)
            {
                rule.EnterObjectField(context, fieldNode);
            }

            VisitValue(fieldNode.Value);
            context.InputType = outerInput;
            context.ParentInputType = outerParentInput;
            context.HasDefaultValue = outerDefault;
        }

        foreach (var rule in rules)
        {
            rule.LeaveValue(context, node);
        }
    }
}
