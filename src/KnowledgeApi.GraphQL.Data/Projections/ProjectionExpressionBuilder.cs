using System.Linq.Expressions;
using System.Reflection;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KnowledgeApi.GraphQL.Data.Projections;

/// <summary>
/// Builds the member-init of a projection: <c>x =&gt; new Book { Id = x.Id, Title = x.Title,
/// Author = x.Author == null ? null : new Author { Id = x.Author.Id, Name = x.Author.Name } }</c>,
/// one binding per selected member, recursively for references and collections, so EF Core reads
/// only the selected columns and joins. Fields with their own resolvers (methods, fields with
/// middleware, members without a setter) are left to them, but the primary key is always read
/// so those resolvers (and DataLoaders) still have the key they need, and so are the members the
/// host configured with <see cref="DataTypeDescriptor{T}.AlwaysProject"/> (the foreign keys its
/// relation resolvers load by, for instance).
/// </summary>
internal sealed class ProjectionExpressionBuilder(IResolverContext context, IModel? model)
{
    private readonly DataTypeConfigurations? configurations = context.Services.GetService(typeof(DataTypeConfigurations)) as DataTypeConfigurations;

    private static readonly MethodInfo EnumerableSelect = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    private static readonly MethodInfo EnumerableToList = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    private static readonly MethodInfo EnumerableToArray = typeof(Enumerable).GetMethod(nameof(Enumerable.ToArray))!;

    /// <summary>The projection of <typeparamref name="T"/>, or null when the type cannot be built member by member.</summary>
    public Expression<Func<T, T>>? Build<T>(ObjectType type, IReadOnlyList<ISelection> selections)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Build(parameter, typeof(T), type, selections) is { } body ? Expression.Lambda<Func<T, T>>(body, parameter) : null;
    }

    private MemberInitExpression? Build(Expression source, Type clrType, ObjectType type, IReadOnlyList<ISelection> selections)
    {
        if (clrType.IsAbstract || clrType.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var bindings = new Dictionary<PropertyInfo, Expression>();
        foreach (var key in KeyProperties(clrType))
        {
            bindings[key] = Expression.Property(source, key);
        }

        var alwaysProjected = configurations?.For(clrType)?.AlwaysProjectedProperties;
        foreach (var property in clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var required = property.GetCustomAttribute<IsProjectedAttribute>() is { Projected: true } || alwaysProjected?.Contains(property.Name) == true;
            if (required && IsWritable(property))
            {
                bindings[property] = Expression.Property(source, property);
            }
        }

        foreach (var group in selections.GroupBy(s => s.Field.Name, StringComparer.Ordinal))
        {
            var field = group.First().Field;
            if (field.Member is not PropertyInfo property
                || !IsWritable(property)
                || !property.DeclaringType!.IsAssignableFrom(clrType)
                || field.Middleware.Count > 0
                || property.GetCustomAttribute<IsProjectedAttribute>() is { Projected: false })
            {
                continue;
            }

            bindings[property] = Bind(Expression.Property(source, property), field, group);
        }

        return Expression.MemberInit(Expression.New(clrType), bindings.Select(b => Expression.Bind(b.Key, b.Value)));
    }

    private Expression Bind(MemberExpression member, OutputField field, IEnumerable<ISelection> group)
    {
        if (field.Type.NamedType() is not ObjectType childType)
        {
            // Scalars, enums, lists of them, and abstract types (read whole).
            return member;
        }

        var childSelections = group.SelectMany(s => context.GetSelections(childType, s)).ToList();
        var elementType = ElementType(member.Type);
        if (elementType is null)
        {
            var inner = Build(member, member.Type, childType, childSelections);
            return inner is null ? member : Expression.Condition(Expression.Equal(member, Expression.Constant(null, member.Type)), Expression.Constant(null, member.Type), inner);
        }

        var item = Expression.Parameter(elementType, "i");
        var itemProjection = Build(item, elementType, childType, childSelections);
        if (itemProjection is null)
        {
            return member;
        }

        Expression selected = Expression.Call(EnumerableSelect.MakeGenericMethod(elementType, elementType), member, Expression.Lambda(itemProjection, item));
        return member.Type.IsArray
            ? Expression.Call(EnumerableToArray.MakeGenericMethod(elementType), selected)
            : Expression.Call(EnumerableToList.MakeGenericMethod(elementType), selected);
    }

    private IEnumerable<PropertyInfo> KeyProperties(Type clrType)
    {
        var names = model?.FindEntityType(clrType)?.FindPrimaryKey()?.Properties.Select(p => p.Name) ?? ["Id"];
        foreach (var name in names)
        {
            if (clrType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { } property && IsWritable(property))
            {
                yield return property;
            }
        }
    }

    private static bool IsWritable(PropertyInfo property) => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0;

    /// <summary>The element type of a collection navigation a List or array can be assigned to; null for a reference.</summary>
    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null)
        {
            return null;
        }

        var element = enumerable.GetGenericArguments()[0];
        return type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? element : null;
    }
}
