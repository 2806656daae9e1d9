using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// The weights of the IBM cost specification (https://ibm.github.io/graphql-specs/cost-spec.html#sec-weight):
/// a <c>@cost</c> directive wins; otherwise composite and list output fields weigh 1, input-object
/// arguments and input fields 1, objects and interfaces and unions 1, and every leaf 0.
/// </summary>
internal static class CostWeights
{
    public static double Of(OutputField field) =>
        Cost(field.Directives) ?? (field.Type.NamedType().Kind.IsComposite() || IsList(field.Type) ? 1 : 0);

    public static double Of(InputValue value) =>
        Cost(value.Directives) ?? (value.Type.NamedType() is InputObjectType ? 1 : 0);

    public static double OfType(IType type)
    {
        var named = type.NamedType();
        return (named as TypeSystemObject)?.Directives is { } directives && Cost(directives) is { } weight
            ? weight
            : named.Kind.IsComposite() ? 1 : 0;
    }

    public static bool IsList(IType type) => type.NullableType() is ListType;

    public static ListSizeDirective? ListSize(OutputField field) => field.Directives.OfType<ListSizeDirective>().FirstOrDefault();

    public static bool IsFilterArgument(InputValue argument) =>
        argument.Directives.OfType<CostDirective>().FirstOrDefault() is { IsFilterArgument: true };

    private static double? Cost(IReadOnlyList<IAppliedDirective> directives) =>
        directives.OfType<CostDirective>().FirstOrDefault()?.Weight;

    private static bool IsComposite(this TypeKind kind) => kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
}
