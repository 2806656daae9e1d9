using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Compiles, once per input type, the code that creates its CLR object from field values: the
/// constructor whose parameters all match fields (a record's primary constructor), then the
/// settable properties that were given.
/// </summary>
internal static class InputObjectFactory
{
    private static readonly MethodInfo TryGetValueMethod = typeof(IReadOnlyDictionary<string, object?>).GetMethod("TryGetValue")!;
    private static readonly MethodInfo ConvertMethod = typeof(InputValueConverter).GetMethod(nameof(InputValueConverter.Convert))!;

    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(Type type, FieldCollection<InputValue> fields)
    {
        var values = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "values");
        var slot = Expression.Variable(typeof(object), "value");
        var byProperty = fields.Where(f => f.Property is not null).ToDictionary(f => f.Property!.Name, StringComparer.OrdinalIgnoreCase);

        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => byProperty.ContainsKey(p.Name ?? string.Empty) || p.HasDefaultValue))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor whose parameters are all input fields.");

        var bound = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var arguments = constructor.GetParameters().Select(p =>
        {
            if (!byProperty.TryGetValue(p.Name!, out var field))
            {
                return (Expression)Expression.Constant(p.DefaultValue, p.ParameterType);
            }

            bound.Add(field.Property!.Name);
            Expression fallback = p.HasDefaultValue ? Expression.Constant(p.DefaultValue, p.ParameterType) : Expression.Default(p.ParameterType);
            return Expression.Condition(Lookup(values, slot, field.Name), Converted(slot, p.ParameterType), fallback);
        });

        var instance = Expression.Variable(type, "instance");
        var body = new List<Expression> { Expression.Assign(instance, Expression.New(constructor, arguments)) };
        foreach (var field in fields.Where(f => f.Property is { CanWrite: true } && !bound.Contains(f.Property.Name)))
        {
            var property = field.Property!;
            body.Add(Expression.IfThen(
                Lookup(values, slot, field.Name),
                Expression.Assign(Expression.Property(instance, property), Converted(slot, property.PropertyType))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        var block = Expression.Block([instance, slot], body);
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(block, values).Compile();
    }

    private static MethodCallExpression Lookup(ParameterExpression values, ParameterExpression slot, string name) =>
        Expression.Call(values, TryGetValueMethod, Expression.Constant(name), slot);

    private static UnaryExpression Converted(ParameterExpression slot, Type type) =>
        Expression.Convert(Expression.Call(ConvertMethod, slot, Expression.Constant(type)), type);
}
