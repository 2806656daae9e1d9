using System.Reflection;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>The discovery and completion steps object, interface, input object and directive types share.</summary>
internal static class FieldCompletion
{
    public static void DiscoverFields(ComplexTypeDefinition definition, SchemaBuildContext context)
    {
        foreach (var field in definition.Fields.Where(f => !f.Ignored))
        {
            var coordinate = $"{definition.Name}.{field.Name}";
            if (field.Type is not null)
            {
                context.Discover(field.Type, input: false, coordinate);
            }

            DiscoverInputValues(field.Arguments, context, name => $"{coordinate}({name}:)");
        }

        foreach (var reference in definition.Interfaces)
        {
            context.Discover(reference, input: false, definition.Name);
        }
    }

    public static void DiscoverInputValues(IEnumerable<InputValueDefinition> values, SchemaBuildContext context, Func<string, string> coordinate)
    {
        foreach (var value in values.Where(v => !v.Ignored && v.Type is not null))
        {
            context.Discover(value.Type!, input: true, coordinate(value.Name));
        }
    }

    public static FieldCollection<OutputField> CompleteOutputFields(
        TypeSystemObject owner,
        ComplexTypeDefinition definition,
        SchemaBuildContext context,
        bool needsResolvers)
    {
        var fields = new List<OutputField>();
        var typeAuthorization = TypeAuthorization(owner, definition);
        foreach (var field in definition.Fields.Where(f => !f.Ignored))
        {
            var coordinate = $"{owner.Name}.{field.Name}";
            if (field.Type is null)
            {
                context.ReportError($"The field {coordinate} has no type: give it one with Type<T>() or a typed resolver.", coordinate);
                continue;
            }

            var type = context.Resolve(field.Type, input: false, coordinate);
            if (type is null)
            {
                continue;
            }

            var arguments = CompleteInputValues(field.Arguments, context, name => $"{coordinate}({name}:)");
            var (resolver, pure) = (field.Resolver, field.PureResolver);
            if (needsResolvers && resolver is null && pure is null)
            {
                if (field.Member is not null)
                {
                    (resolver, pure) = ResolverCompiler.Compile(field.Member, field.Arguments, context.Services);
                    if (context.Options.GlobalIdSerializer is { } serializer)
                    {
                        (resolver, pure) = GlobalIdBinding.WrapOutput(field.Member, owner.Name, resolver, pure, serializer);
                    }
                }
                else
                {
                    context.ReportError($"The field {coordinate} has no resolver: bind it to a member or call Resolve(...).", coordinate);
                }
            }

            ApplyResolverCost(owner, field, pure, context);
            fields.Add(new OutputField(field.Name, field.Description, type, arguments, field.DeprecationReason, field.Member, resolver, pure, [.. field.Middleware])
            {
                DeclaringType = owner,
                Directives = [.. field.Directives],
                AuthorizeDirectives = [.. typeAuthorization, .. field.AuthorizeDirectives],
            });
        }

        return new FieldCollection<OutputField>(fields);
    }

    // [Authorize] on the class, or Authorize() on the type's descriptor, guards every field of the type.
    private static List<Authorization.AuthorizeDirective> TypeAuthorization(TypeSystemObject owner, ComplexTypeDefinition definition)
    {
        var directives = new List<Authorization.AuthorizeDirective>(definition.AuthorizeDirectives);
        if (owner.RuntimeType is { } runtimeType && runtimeType != typeof(object))
        {
            directives.AddRange(runtimeType.GetCustomAttributes<Authorization.AuthorizeAttribute>(inherit: true)
                .OrderBy(a => a.Order)
                .Select(a => a.ToDirective()));
        }

        return directives;
    }

    public static FieldCollection<InputValue> CompleteInputValues(
        IEnumerable<InputValueDefinition> definitions,
        SchemaBuildContext context,
        Func<string, string> coordinateOf)
    {
        var values = new List<InputValue>();
        foreach (var definition in definitions.Where(d => !d.Ignored).OrderBy(d => d.Order))
        {
            var coordinate = coordinateOf(definition.Name);
            if (definition.Type is null)
            {
                context.ReportError($"{coordinate} has no type: give it one with Type<T>().", coordinate);
                continue;
            }

            var type = context.Resolve(definition.Type, input: true, coordinate);
            if (type is null)
            {
                continue;
            }

            IValueNode? defaultValue = definition.DefaultLiteral;
            if (defaultValue is null && definition.HasDefaultValue)
            {
                try
                {
                    defaultValue = DefaultValues.ToLiteral(definition.DefaultValue, type);
                }
                catch (LeafCoercionException error)
                {
                    context.ReportError($"The default value of {coordinate} does not fit its type {type.Print()}: {error.Message}", coordinate);
                }
            }

            values.Add(new InputValue(definition.Name, definition.Description, type, defaultValue, definition.DeprecationReason, definition.RuntimeType, definition.Property)
            {
                Coordinate = coordinate,
                Directives = [.. definition.Directives],
                GlobalIdParser = context.Options.GlobalIdSerializer is { } serializer
                    ? GlobalIdBinding.ArgumentParser((ICustomAttributeProvider?)definition.Parameter ?? definition.Property, definition.RuntimeType, serializer)
                    : null,
            });
        }

        return new FieldCollection<InputValue>(values);
    }

    // Hot Chocolate's default: an object field that does real work (an async resolver, or middleware
    // such as paging) weighs DefaultResolverCost unless it says otherwise; a property read weighs nothing.
    private static void ApplyResolverCost(TypeSystemObject owner, OutputFieldDefinition field, Execution.PureFieldDelegate? pure, SchemaBuildContext context)
    {
        if (owner is ObjectType && !owner.IsIntrospectionType
            && Execution.Analysis.CostDefaults.Of(context) is { DefaultResolverCost: { } weight }
            && (pure is null || field.Middleware.Count > 0)
            && !Execution.Analysis.CostDefaults.HasCost(field.Directives))
        {
            context.ApplyDirective(field.Directives, new Execution.Analysis.CostDirective(weight));
        }
    }

    /// <summary>Interfaces named by the descriptor, then those whose CLR type the owner's CLR type implements.</summary>
    public static IReadOnlyList<InterfaceType> CompleteInterfaces(TypeSystemObject owner, ComplexTypeDefinition definition, SchemaBuildContext context)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var reference in definition.Interfaces)
        {
            switch (context.Resolve(reference, input: false, owner.Name))
            {
                case InterfaceType interfaceType when !interfaces.Contains(interfaceType):
                    interfaces.Add(interfaceType);
                    break;
                case InterfaceType:
                    break;
                case INamedType other:
                    context.ReportError($"{owner.Name} can only implement interfaces, but {other.Name} is not an interface type.", owner.Name);
                    break;
            }
        }

        if (owner.RuntimeType is { } runtimeType && runtimeType != typeof(object))
        {
            foreach (var candidate in context.Registry.Types.OfType<InterfaceType>())
            {
                if (candidate != owner && candidate.RuntimeType is { } interfaceRuntime && interfaceRuntime != runtimeType
                    && interfaceRuntime.IsAssignableFrom(runtimeType) && !interfaces.Contains(candidate))
                {
                    interfaces.Add(candidate);
                }
            }
        }

        return interfaces;
    }
}
