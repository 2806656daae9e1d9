using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Reads <c>&lt;summary&gt;</c> texts from the XML documentation file the compiler writes next to
/// an assembly, so <c>/// comments</c> become GraphQL descriptions as in Hot Chocolate.
/// </summary>
internal static class XmlDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Files = new();

    public static string? Summary(ICustomAttributeProvider target)
    {
        var (assembly, id) = target switch
        {
            Type type => (type.Assembly, "T:" + TypeId(type)),
            PropertyInfo property => (property.DeclaringType!.Assembly, "P:" + TypeId(property.DeclaringType) + "." + property.Name),
            FieldInfo field => (field.DeclaringType!.Assembly, "F:" + TypeId(field.DeclaringType) + "." + field.Name),
            MethodInfo method => (method.DeclaringType!.Assembly, "M:" + MethodId(method)),
            ParameterInfo parameter when parameter.Member is MethodInfo method => (method.DeclaringType!.Assembly, "M:" + MethodId(method) + "#" + parameter.Name),
            _ => (null, string.Empty),
        };
        if (assembly is null)
        {
            return null;
        }

        return Files.GetOrAdd(assembly, Load).GetValueOrDefault(id);
    }

    private static IReadOnlyDictionary<string, string> Load(Assembly assembly)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(assembly.Location))
        {
            return result;
        }

        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return result;
        }

        try
        {
            var document = XDocument.Load(path);
            foreach (var member in document.Descendants("member"))
            {
                var name = member.Attribute("name")?.Value;
                if (name is null)
                {
                    continue;
                }

                if (member.Element("summary") is { } summary)
                {
                    result[name] = Clean(summary);
                }

                foreach (var param in member.Elements("param"))
                {
                    result[name + "#" + param.Attribute("name")?.Value] = Clean(param);
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            // A broken documentation file only costs descriptions, never the schema.
        }

        return result;
    }

    /// <summary>The element's text with <c>&lt;see cref&gt;</c> replaced by the member's short name and whitespace collapsed.</summary>
    private static string Clean(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement e when e.Attribute("cref") is { } cref => cref.Value[(cref.Value.LastIndexOf('.') + 1)..],
                XElement e when e.Attribute("langword") is { } word => word.Value,
                XElement e => e.Value,
                _ => string.Empty,
            });
        }

        return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string TypeId(Type type) =>
        (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName?.Replace('+', '.') ?? type.Name;

    private static string MethodId(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var id = TypeId(method.DeclaringType!) + "." + method.Name;
        return parameters.Length == 0 ? id : id + "(" + string.Join(',', parameters.Select(p => ParameterTypeId(p.ParameterType))) + ")";
    }

    private static string ParameterTypeId(Type type)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition().FullName!;
            return definition[..definition.IndexOf('`', StringComparison.Ordinal)]
                + "{" + string.Join(',', type.GetGenericArguments().Select(ParameterTypeId)) + "}";
        }

        return type.IsArray ? ParameterTypeId(type.GetElementType()!) + "[]" : type.FullName?.Replace('+', '.') ?? type.Name;
    }
}
