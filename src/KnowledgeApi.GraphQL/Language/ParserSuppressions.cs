using System.Diagnostics.CodeAnalysis;

// The parser returns a shared empty array when a list is absent (most fields have no arguments
// or directives), which saves a List allocation per node; CA1859's advice to return List<T>
// would forbid exactly that.
[assembly: SuppressMessage(
    "Performance",
    "CA1859:Use concrete types when possible for improved performance",
    Justification = "Absent lists are a shared empty array, which a List<T> return type would rule out.",
    Scope = "type",
    Target = "~T:KnowledgeApi.GraphQL.Language.Parser")]
