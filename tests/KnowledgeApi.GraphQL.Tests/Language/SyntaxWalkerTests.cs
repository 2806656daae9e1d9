using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void Every_node_is_entered_and_left_in_document_order()
    {
        var walker = new RecordingWalker();

        walker.Walk(Parser.Parse("query Q($v: Int = 1) { a: f(x: [$v]) @d ...F } fragment F on T { g }"));

        var names = walker.Events.Where(e => e.StartsWith("enter Name ", StringComparison.Ordinal)).Select(e => e[11..]);
        Assert.Equal(["Q", "v", "Int", "a", "f", "x", "v", "d", "F", "F", "T", "g"], names);
        Assert.Equal("enter Document", walker.Events[0]);
        Assert.Equal("leave Document", walker.Events[^1]);
        Assert.Equal(walker.Events.Count(e => e.StartsWith("enter", StringComparison.Ordinal)), walker.Events.Count(e => e.StartsWith("leave", StringComparison.Ordinal)));
    }

    [Fact]
    public void Type_system_children_are_visited_description_first()
    {
        var walker = new RecordingWalker();

        walker.Walk(Parser.Parse("\"doc\" type T implements I @d { \"fd\" f(a: Int = 2): String }"));

        var kinds = walker.Events.Where(e => e.StartsWith("enter", StringComparison.Ordinal)).Select(e => e.Split(' ')[1]).ToList();
        Assert.Equal(
            ["Document", "ObjectTypeDefinition", "StringValue", "Name", "NamedType", "Name", "Directive", "Name",
             "FieldDefinition", "StringValue", "Name", "InputValueDefinition", "Name", "NamedType", "Name", "IntValue", "NamedType", "Name"],
            kinds);
    }

    [Fact]
    public void Skipping_children_still_leaves_the_node()
    {
        var walker = new RecordingWalker { SkipKind = SyntaxKind.Field };

        walker.Walk(Parser.Parse("{ a { b } }"));

        Assert.Contains("leave Field", walker.Events);
        Assert.DoesNotContain("enter Name a", walker.Events);
    }

    [Fact]
    public void Breaking_stops_the_walk_at_once()
    {
        var walker = new RecordingWalker { BreakOnName = "b" };

        walker.Walk(Parser.Parse("{ a b c }"));

        Assert.DoesNotContain("enter Name c", walker.Events);
        Assert.DoesNotContain("leave Document", walker.Events);
    }

    [Fact]
    public void Ancestors_hold_the_path_from_the_root()
    {
        var walker = new RecordingWalker();

        walker.Walk(Parser.Parse("{ a { b } }"));

        Assert.Equal(
            [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.SelectionSet, SyntaxKind.Field],
            walker.PathToB);
    }

    private sealed class RecordingWalker : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        public SyntaxKind? SkipKind { get; init; }

        public string? BreakOnName { get; init; }

        public List<SyntaxKind> PathToB { get; } = [];

        protected override SyntaxVisitAction Enter(ISyntaxNode node)
        {
            var name = node is NameNode n ? " " + n.Value : string.Empty;
            Events.Add($"enter {node.Kind}{name}");
            if (name == " b")
            {
                PathToB.AddRange(Ancestors.Select(a => a.Kind));
            }

            return node.Kind == SkipKind ? SyntaxVisitAction.SkipChildren
                : name == " " + BreakOnName ? SyntaxVisitAction.Break
                : SyntaxVisitAction.Continue;
        }

        protected override void Leave(ISyntaxNode node) => Events.Add($"leave {node.Kind}");
    }
}
