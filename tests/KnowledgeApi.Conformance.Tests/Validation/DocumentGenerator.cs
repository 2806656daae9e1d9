using System.Globalization;
using System.Text;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Conformance.Tests.Validation;

/// <summary>The defects the generator can put into an otherwise valid document, one per document.</summary>
public enum Defect
{
    None,
    UnknownField,
    UnknownArgument,
    WrongArgumentType,
    DuplicateArgument,
    UnusedVariable,
    UndefinedVariable,
    VariableInWrongPosition,
    UnknownDirective,
    MissingRequiredArgument,
    UnusedFragment,
    FragmentCycle,
    TwoAnonymousOperations,
    DuplicateOperationNames,
    ConflictingAliases,
    UnknownType,
    SelectionOnLeaf,
    MissingSelectionOnObject,
    UnknownInputField,
    BadEnumValue,
    RepeatedNonRepeatableDirective,
    MissingRootType,
}

/// <summary>
/// Writes random documents against any schema from a fixed seed: operations with nested
/// selections, aliases, arguments given as literals or variables, named and inline fragments,
/// and directives, all valid; then, for a requested <see cref="Defect"/>, exactly one mistake of
/// that kind at a random place. Fields that take arguments get unique aliases, so valid
/// documents never have mergeable-field conflicts by accident.
/// </summary>
public sealed class DocumentGenerator(Schema schema, int seed)
{
    private readonly Random random = new(seed);
    private readonly StringBuilder fragments = new();
    private readonly List<string> variables = [];
    private int counter;
    private Defect pending;

    public string Generate(Defect defect)
    {
        fragments.Clear();
        variables.Clear();
        counter = 0;
        pending = defect;
        var rootType = schema.QueryType;
        var keyword = "query";
        if (defect == Defect.MissingRootType)
        {
            keyword = schema.MutationType is null ? "mutation" : "subscription";
            pending = Defect.None;
        }
        else if (schema.MutationType is not null && random.Next(6) == 0)
        {
            rootType = schema.MutationType;
            keyword = "mutation";
        }

        var body = SelectionSet(rootType, 0);
        ForceDefect(rootType, ref body);
        var name = "Op" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
        var header = new StringBuilder(keyword).Append(' ').Append(name);
        if (variables.Count > 0)
        {
            header.Append('(').Append(string.Join(", ", variables)).Append(')');
        }

        var text = header + " " + body + "\n" + fragments;
        return defect switch
        {
            Defect.TwoAnonymousOperations => text.Replace(keyword + " " + name, keyword, StringComparison.Ordinal) + "\n{ __typename }\n",
            Defect.DuplicateOperationNames => text + $"\nquery {name} {{ __typename }}\n",
            Defect.UnusedFragment => text + $"\nfragment Unused{counter} on {rootType.Name} {{ __typename }}\n",
            _ => text,
        };
    }

    // The defects that need a particular field or place are forced at the root when the random
    // walk did not meet a chance to make them.
    private void ForceDefect(ObjectType rootType, ref string body)
    {
        if (pending == Defect.None)
        {
            return;
        }

        var inner = body[1..^1];
        var extra = pending switch
        {
            Defect.UnknownField => "notAField" + Next(),
            Defect.UnknownArgument => "__typename(bogus: 1)",
            Defect.UnusedVariable => Declare("unused", "Int") is var _ ? "__typename" : string.Empty,
            Defect.UndefinedVariable => ArgumentsField("intArgField(intArg: $undefined" + Next() + ")"),
            Defect.VariableInWrongPosition => ArgumentsField("nonNullIntArgField(nonNullIntArg: " + Variable("Int") + ")"),
            Defect.UnknownDirective => "__typename @notADirective",
            Defect.MissingRequiredArgument => ArgumentsField("multipleReqs(req1: 1)"),
            Defect.FragmentCycle => CycleSpread(rootType),
            Defect.ConflictingAliases => "same: __typename same: " + AnyFieldWithoutArguments(rootType),
            Defect.UnknownType => "... on NotAType { __typename }",
            Defect.SelectionOnLeaf => "__typename { length }",
            Defect.MissingSelectionOnObject => FirstCompositeField(rootType),
            Defect.WrongArgumentType => ArgumentsField("intArgField(intArg: \"seven\")"),
            Defect.DuplicateArgument => ArgumentsField("intArgField(intArg: 1, intArg: 2)"),
            Defect.UnknownInputField => ArgumentsField("complexArgField(complexArg: { requiredField: true, notAField: 1 })"),
            Defect.BadEnumValue => ArgumentsField("enumArgField(enumArg: NOT_A_COLOR)"),
            Defect.RepeatedNonRepeatableDirective => "__typename @include(if: true) @include(if: true)",
            _ => "__typename",
        };
        pending = Defect.None;
        body = "{ " + inner.Trim() + " " + extra + " }";
    }

    private string ArgumentsField(string selection) =>
        schema.QueryType.Fields.TryGetField("arguments", out _) ? $"a{Next()}: arguments {{ {selection} }}" : "__typename";

    private string CycleSpread(ObjectType rootType)
    {
        var n = Next();
        fragments.Append(CultureInfo.InvariantCulture, $"fragment CycleA{n} on {rootType.Name} {{ __typename ...CycleB{n} }}\n");
        fragments.Append(CultureInfo.InvariantCulture, $"fragment CycleB{n} on {rootType.Name} {{ __typename ...CycleA{n} }}\n");
        return $"...CycleA{n}";
    }

    private string AnyFieldWithoutArguments(ObjectType type)
    {
        if (type.Fields.FirstOrDefault(f => f.Arguments.Count == 0 && f.Type.NamedType() is ScalarType) is { } leaf)
        {
            return leaf.Name;
        }

        var field = type.Fields[0];
        var arguments = field.Arguments.Where(a => a.Type is NonNullType && a.DefaultValue is null).Select(a => a.Name + ": " + Literal(a.Type, 1)).ToList();
        var text = field.Name + (arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : string.Empty);
        return field.Type.NamedType() is ScalarType or EnumType ? text : text + " { __typename }";
    }

    private string FirstCompositeField(ObjectType type)
    {
        var field = type.Fields.First(f => f.Type.NamedType() is ObjectType or InterfaceType or UnionType);
        var arguments = field.Arguments.Where(a => a.Type is NonNullType && a.DefaultValue is null).Select(a => a.Name + ": " + Literal(a.Type, 1)).ToList();
        return $"m{Next()}: " + field.Name + (arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : string.Empty);
    }

    private string SelectionSet(INamedType type, int depth)
    {
        var parts = new List<string>();
        switch (type)
        {
            case UnionType union:
                parts.Add("__typename");
                foreach (var member in union.Types.Where(_ => random.Next(2) == 0))
                {
                    parts.Add($"... on {member.Name} {SelectionSet(member, depth + 1)}");
                }

                break;
            case IComplexOutputType complex:
                var candidates = complex.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
                var count = 1 + random.Next(Math.Min(4, candidates.Count));
                foreach (var field in candidates.OrderBy(_ => random.Next()).Take(count))
                {
                    parts.Add(Field(field, depth));
                }

                if (type is InterfaceType interfaceType && random.Next(2) == 0 && schema.GetPossibleTypes(interfaceType).Count > 0)
                {
                    var possible = schema.GetPossibleTypes(interfaceType);
                    var member = possible[random.Next(possible.Count)];
                    parts.Add($"... on {member.Name} {SelectionSet(member, depth + 1)}");
                }

                if (depth < 3 && random.Next(4) == 0)
                {
                    parts.Add(NamedFragment(type, depth));
                }

                if (random.Next(6) == 0)
                {
                    parts.Add($"... @include(if: {Variable("Boolean!")}) {{ __typename }}");
                }

                break;
        }

        MaybeInject(type, parts);
        return "{ " + string.Join(" ", parts) + " }";
    }

    private string NamedFragment(INamedType type, int depth)
    {
        var name = "Frag" + Next();
        var body = SelectionSet(type, depth + 1);
        var directive = random.Next(5) == 0 ? " @onFragmentDefinition" : string.Empty;
        fragments.Append(CultureInfo.InvariantCulture, $"fragment {name} on {type.Name}{(schema.TryGetDirective("onFragmentDefinition", out _) ? directive : string.Empty)} {body}\n");
        return "..." + name;
    }

    private string Field(OutputField field, int depth)
    {
        var text = new StringBuilder();
        if (field.Arguments.Count > 0)
        {
            text.Append('a').Append(Next()).Append(": ");
        }

        text.Append(field.Name);
        var arguments = new List<string>();
        foreach (var argument in field.Arguments)
        {
            if (argument.Type is NonNullType && argument.DefaultValue is null || random.Next(2) == 0)
            {
                arguments.Add($"{argument.Name}: {ArgumentValue(argument.Type)}");
            }
        }

        if (arguments.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", arguments)).Append(')');
        }

        if (random.Next(8) == 0 && schema.TryGetDirective("tag", out _))
        {
            text.Append(" @tag(name: \"a\") @tag(name: \"b\")");
        }
        else if (random.Next(8) == 0)
        {
            text.Append(" @skip(if: false)");
        }

        var named = field.Type.NamedType();
        if (named is ObjectType or InterfaceType or UnionType)
        {
            text.Append(' ').Append(depth >= 3 ? "{ __typename }" : SelectionSet(named, depth + 1));
        }

        return text.ToString();
    }

    private string ArgumentValue(IType type) =>
        random.Next(4) == 0 && type is not ListType ? Variable(type.Print()) : Literal(type, 0);

    private string Literal(IType type, int depth)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return Literal(nonNull.InnerType, depth);
            case ListType list:
                return random.Next(3) == 0 ? Literal(list.ElementType, depth) : "[" + Literal(list.ElementType, depth) + ", " + Literal(list.ElementType, depth) + "]";
            case EnumType enumType:
                return enumType.Values[random.Next(enumType.Values.Count)].Name;
            case InputObjectType { IsOneOf: true } oneOf:
                var chosen = oneOf.Fields[random.Next(oneOf.Fields.Count)];
                return "{ " + chosen.Name + ": " + Literal(chosen.Type, depth + 1) + " }";
            case InputObjectType input:
                var fields = input.Fields.Where(f => (f.Type is NonNullType && f.DefaultValue is null) || (depth < 2 && random.Next(2) == 0));
                return "{ " + string.Join(", ", fields.Select(f => f.Name + ": " + Literal(f.Type, depth + 1))) + " }";
            case ScalarType { Name: "Int" }:
                return random.Next(-50, 50).ToString(CultureInfo.InvariantCulture);
            case ScalarType { Name: "Float" }:
                return "1.5";
            case ScalarType { Name: "Boolean" }:
                return random.Next(2) == 0 ? "true" : "false";
            case ScalarType { Name: "ID" }:
                return random.Next(2) == 0 ? "\"id-1\"" : "42";
            default:
                return "\"text\"";
        }
    }

    private string Variable(string typeText)
    {
        var name = "v" + Next();
        Declare(name, typeText);
        return "$" + name;
    }

    private string Declare(string name, string typeText)
    {
        var directive = random.Next(8) == 0 && schema.TryGetDirective("onVariableDefinition", out _) ? " @onVariableDefinition" : string.Empty;
        variables.Add($"${name}: {typeText}{directive}");
        return name;
    }

    private string Next() => (++counter).ToString(CultureInfo.InvariantCulture);

    // Puts the pending defect into this selection set when it fits here (about one chance in three).
    private void MaybeInject(INamedType type, List<string> parts)
    {
        if (pending == Defect.None || random.Next(3) != 0 || type is not IComplexOutputType complex)
        {
            return;
        }

        var fieldWithArgument = complex.Fields.FirstOrDefault(f => f.Arguments.Count > 0 && f.Type.NamedType() is ScalarType or EnumType);
        var leaf = complex.Fields.FirstOrDefault(f => f.Arguments.Count == 0 && f.Type.NamedType() is ScalarType or EnumType);
        var composite = complex.Fields.FirstOrDefault(f => f.Arguments.All(a => a.Type is not NonNullType) && f.Type.NamedType() is ObjectType or InterfaceType or UnionType);
        string? injected = pending switch
        {
            Defect.UnknownField => "nope" + Next(),
            Defect.UnknownArgument when leaf is not null => $"{leaf.Name}(extra: true)",
            Defect.DuplicateArgument when fieldWithArgument is not null =>
                $"d{Next()}: {fieldWithArgument.Name}({fieldWithArgument.Arguments[0].Name}: {Literal(fieldWithArgument.Arguments[0].Type, 2)}, {fieldWithArgument.Arguments[0].Name}: {Literal(fieldWithArgument.Arguments[0].Type, 2)})",
            Defect.UnknownDirective when leaf is not null => $"{leaf.Name} @unknown{Next()}",
            Defect.ConflictingAliases when leaf is not null && complex.Fields.Any(f => f != leaf && f.Arguments.Count == 0 && f.Type.NamedType() is ScalarType or EnumType) =>
                $"clash: {leaf.Name} clash: {complex.Fields.First(f => f != leaf && f.Arguments.Count == 0 && f.Type.NamedType() is ScalarType or EnumType).Name}",
            Defect.UnknownType => $"... on Unknown{Next()} {{ __typename }}",
            Defect.SelectionOnLeaf when leaf is not null => $"{leaf.Name} {{ inner }}",
            Defect.MissingSelectionOnObject when composite is not null => $"m{Next()}: {composite.Name}",
            Defect.RepeatedNonRepeatableDirective when leaf is not null => $"{leaf.Name} @skip(if: false) @skip(if: true)",
            Defect.UnusedVariable => Declare("unused" + Next(), "String") is var _ ? "__typename" : null,
            _ => null,
        };
        if (injected is not null)
        {
            parts.Add(injected);
            pending = Defect.None;
        }
    }
}
